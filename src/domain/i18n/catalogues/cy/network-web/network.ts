import type { Words } from '../../../translate.ts';

export default {
  'network.title': 'Fy rhwydwaith cymorth',
  'network.intro':
    'Y bobl, y grwpiau a’r gwasanaethau sy’n eich cefnogi: sut mae pob un yn helpu, a sut i gysylltu â nhw. Gall eich cynlluniau enwi pobl o’r fan hon.',
  'network.add': 'Ychwanegu rhywun',
  'network.none':
    'Dydych chi ddim wedi ychwanegu neb eto. Pwy sy’n eich helpu chi? Gallai fod yn ffrind, yn gymydog, yn grŵp rydych chi’n mynd iddo neu’n wasanaeth.',
  'network.kind.person': 'Person',
  'network.kind.group': 'Grŵp',
  'network.kind.service': 'Gwasanaeth',
  'network.formal': 'Cymorth ffurfiol',
  'network.informal': 'Cymorth anffurfiol',
  'network.formal.long':
    'Ffurfiol: gweithiwr proffesiynol neu wasanaeth, fel meddyg teulu, nyrs neu dîm argyfwng',
  'network.informal.long': 'Anffurfiol: teulu, ffrindiau, cymdogion, grŵp neu gymuned',
  'network.crisisContact': 'Cyswllt argyfwng',
  'network.field.name': 'Enw',
  'network.field.name.hint':
    'Yr enw rydych chi’n ei ddefnyddio ar eu cyfer. Er enghraifft: “Mam”, “Ade drws nesaf”, “Grŵp cerdded dydd Mawrth”.',
  'network.field.kind': 'Ai person, grŵp neu wasanaeth yw hwn?',
  'network.field.howTheyHelp': 'Sut maen nhw’n helpu',
  'network.field.howTheyHelp.hint':
    'Er enghraifft: “Gwrando heb farnu”, “Mynd â fi am dro pan dydw i ddim yn gallu mynd allan”.',
  'network.field.phone': 'Ffôn',
  'network.field.phoneOptional': 'Rhif ffôn (dewisol)',
  'network.field.phone.hint': 'Er enghraifft: 07700 900123.',
  'network.field.email': 'E-bost',
  'network.field.emailOptional': 'Cyfeiriad e-bost (dewisol)',
  'network.field.notes': 'Nodiadau',
  'network.field.notesOptional': 'Nodiadau (dewisol)',
  'network.field.notes.hint':
    'Er enghraifft: yr amseroedd gorau i ffonio, neu “Peidiwch â ffonio ar ôl 9pm”.',
  'network.field.formal': 'Pa fath o gymorth yw hwn?',
  'network.field.formal.hint': 'Mae’r ddau fath yn bwysig.',
  'network.field.crisisContact': 'Rhywun i gysylltu â nhw mewn argyfwng',
  'network.field.crisisContact.hint':
    'Ticiwch hwn os hoffech chi i rywun gysylltu â nhw pan fyddwch chi mewn argyfwng.',
  'network.new.title': 'Ychwanegu rhywun at fy rhwydwaith cymorth',
  'network.edit.title': 'Newid manylion',
  'network.save': 'Cadw',
  'network.saved': 'Mae “{name}” wedi’i gadw.',
  'network.back': 'Yn ôl i fy rhwydwaith cymorth',
  'network.change': 'Newid',
  'network.delete': 'Dileu',
  'network.delete.confirm':
    'Dileu “{name}” o’ch rhwydwaith cymorth? Bydd cynlluniau sy’n eu henwi yn dangos nad ydyn nhw yn eich rhwydwaith mwyach.',
  'network.delete.yes': 'Ie, dileu',
  'network.deleted': 'Mae “{name}” wedi’i ddileu.',
  'network.restored': 'Mae “{name}” yn ôl.',
  'network.changedElsewhere':
    'Mae hyn wedi newid yn rhywle arall, felly chafodd e mo’i ddileu. Mae’r rhestr wedi’i diweddaru: gwiriwch hi a rhowch gynnig arall arni.',
} satisfies Words;
