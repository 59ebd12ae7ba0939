import type { Words } from '../../../translate.ts';

export default {
  'error.WM_VALIDATION_FAILED':
    'Dydy peth o’r wybodaeth ddim yn iawn. Gwiriwch hi a rhowch gynnig arall arni.',
  'error.WM_REQUEST_MALFORMED':
    'Doedd dim modd darllen y cais. Efallai nad yw’n gyflawn neu nad yw’n JSON dilys.',
  'error.WM_REQUEST_TOO_LARGE': 'Mae hyn yn ormod i’w gadw ar unwaith.',
  'error.WM_REQUEST_TOO_COMPLEX':
    'Mae gan hyn ormod o lefelau neu rannau i’w darllen ar unwaith, felly chafodd e mo’i ddarllen. Does dim byd wedi newid.',
  'error.WM_REQUEST_UNSUPPORTED_MEDIA_TYPE': 'Anfonwch y wybodaeth fel JSON.',
  'error.WM_AUTH_REQUIRED': 'Mae angen i chi fewngofnodi i wneud hynny.',
  'error.WM_AUTH_WRONG_CREDENTIALS': 'Mae’r cyfeiriad e-bost neu’r cyfrinair yn anghywir.',
  'error.WM_AUTH_EMAIL_TAKEN':
    'Mae cyfrif gyda’r cyfeiriad e-bost hwn yn bodoli’n barod. Mewngofnodwch yn lle hynny.',
  'error.WM_AUTH_TOO_MANY_ATTEMPTS':
    'Gormod o ymdrechion i fewngofnodi. Rhowch gynnig arall arni ymhen {wait}.',
  'error.WM_CSRF_FAILED':
    'Doedd y cais hwn ddim wedi dod o Waymark, felly cafodd ei atal. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'error.WM_NOT_FOUND': 'Doedden ni ddim yn gallu dod o hyd i hynny.',
  'error.WM_VERSION_REQUIRED':
    'Ail-lwythwch y dudalen a rhowch gynnig arall arni: mae angen i ni wybod pa fersiwn wnaethoch chi ei newid.',
  'error.WM_VERSION_INVALID': 'Dydy’r fersiwn a anfonwyd gyda’r newid hwn ddim yn y fformat cywir.',
  'error.WM_VERSION_CONFLICT': 'Mae hyn wedi newid yn rhywle arall ers i chi ei agor.',
  'error.WM_RATE_LIMITED': 'Gormod o geisiadau. Arhoswch funud a rhowch gynnig arall arni.',
  'error.WM_INTERNAL':
    'Aeth rhywbeth o’i le ar ein hochr ni. Does dim byd wedi newid. Rhowch gynnig arall arni yn nes ymlaen.',
  'error.WM_RECORD_ITEM_TOO_NEW':
    'Cafodd hyn ei gadw gan fersiwn fwy newydd o Waymark, felly does dim modd ei agor yma eto. Does dim byd wedi newid. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'error.WM_RECORD_ITEM_UNREADABLE':
    'Dydy Waymark ddim yn gallu darllen beth gafodd ei gadw yma. Does dim byd wedi newid. Gallwch chi ddod â fersiwn gynharach yn ôl o’i hanes, neu ddweud wrth y bobl sy’n rhedeg Waymark.',
  'error.WM_HOST_NOT_ALLOWED':
    'Dydy Waymark ddim ar gael yn y cyfeiriad gwe hwn. Gwiriwch y cyfeiriad a agoroch chi a rhowch gynnig arall arni.',
  'error.WM_JOURNAL_KEY_UNAVAILABLE':
    'Does dim modd agor y cofnod dyddiadur hwn yma oherwydd bod yr allwedd a ddefnyddiwyd i’w gloi ar goll. Does dim byd wedi newid. Dywedwch wrth bwy bynnag sy’n rhedeg Waymark.',
  'error.WM_JOURNAL_UNREADABLE':
    'Doedd dim modd agor y cofnod dyddiadur hwn. Efallai ei fod wedi’i ddifrodi. Does dim byd wedi newid. Dywedwch wrth bwy bynnag sy’n rhedeg Waymark.',
  'error.WM_MEASURE_NEEDS_WORDING':
    'Mae angen i’ch gwasanaeth lwytho geiriad yr holiadur hwn, felly does dim modd ei ateb eto.',
  'error.WM_UPLOAD_TOO_LARGE': 'Mae’r ffeil hon yn rhy fawr. Gall ffeiliau fod hyd at {max} MB.',
  'error.WM_UPLOAD_WRONG_TYPE': 'Dydy’r ffeil hon ddim yn PDF nac yn llun (PNG, JPEG neu WebP).',
  'error.WM_STORAGE_QUOTA_EXCEEDED':
    'Does dim digon o le ar ôl ar gyfer y ffeil hon: mae gennych chi {left} MB ar ôl o’ch {quota} MB. I wneud lle, tynnwch y ffeiliau does dim eu hangen arnoch chi mwyach oddi ar eich cynlluniau, yna cadwch. Mae ffeiliau sydd wedi’u tynnu yn dal i gyfrif am {days} diwrnod, tra gallwch chi ddod â nhw’n ôl.',
  'error.WM_AUTH_SERVICE_DISABLED':
    'Mae eich gwasanaeth wedi’i ddiffodd yn Waymark, felly does dim modd i chi fewngofnodi. Gofynnwch i bwy bynnag sy’n rhedeg Waymark am help.',
  'error.WM_SECOND_FACTOR_REQUIRED':
    'Rhaid i staff droi mewngofnodi dau gam ymlaen cyn y gallan nhw weld unrhyw beth am y bobl maen nhw’n gweithio gyda nhw. Gallwch ei osod yn y Gosodiadau.',
} satisfies Words;
