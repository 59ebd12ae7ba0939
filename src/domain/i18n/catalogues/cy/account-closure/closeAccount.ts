import type { Words } from '../../../translate.ts';

export default {
  'closeAccount.settings.title': 'Cau fy nghyfrif',
  'closeAccount.settings.intro':
    'Gallwch chi gau eich cyfrif unrhyw bryd. Mae eich cofnod yn cael ei ddileu o Waymark pan fyddwch chi’n gwneud hynny.',
  'closeAccount.settings.link': 'Cau fy nghyfrif',
  'closeAccount.title': 'Cau eich cyfrif',
  'closeAccount.intro':
    'Mae cau eich cyfrif yn dileu popeth rydych chi’n ei gadw yn Waymark. Does dim modd dadwneud hyn.',
  'closeAccount.goes.title': 'Beth sy’n cael ei ddileu',
  'closeAccount.goes.record':
    'Eich cofnod: Amdanaf i, meysydd bywyd a nodau, eich cynlluniau, rhwydwaith cymorth, sesiynau gwirio, mesurau, dyddiadur a ffeiliau, gyda phob fersiwn gynharach.',
  'closeAccount.goes.sharing':
    'Mae pawb rydych chi’n rhannu â nhw yn colli mynediad ar unwaith. Mae eich gwahoddiadau a’ch dolenni brys yn stopio gweithio.',
  'closeAccount.goes.words':
    'Sylwadau a safbwyntiau a adawoch chi yng nghofnodion pobl eraill, ac awgrymiadau na chawsant eu derbyn.',
  'closeAccount.goes.signIn': 'Eich cyfeiriad e-bost, enw, cyfrinair a mewngofnodi dau gam.',
  'closeAccount.stays.title': 'Beth sy’n aros',
  'closeAccount.stays.id': 'Rhif a oedd unwaith yn enwi eich cyfrif, heb ddim byd arall.',
  'closeAccount.stays.others':
    'Yng nghofnodion pobl a rannodd â chi, mae eu log mynediad yn dal i ddweud pryd edrychoch chi, ac mae eu cofnod yn cadw awgrymiadau gennych chi a dderbyniwyd. Eu cofnodion nhw yw’r rheini.',
  'closeAccount.stays.backups':
    'Copïau yng nghopïau wrth gefn pwy bynnag sy’n rhedeg Waymark, nes bod y rheini’n cael eu disodli.',
  'closeAccount.keep.title': 'Cadwch gopi yn gyntaf',
  'closeAccount.keep.body':
    'Ar ôl cau eich cyfrif, all neb ddod â’ch cofnod yn ôl. Argraffwch eich cynlluniau, neu lawrlwythwch eich cofnod, cyn i chi fynd.',
  'closeAccount.confirm.title': 'Ei gau nawr',
  'closeAccount.confirm.password': 'Eich cyfrinair',
  'closeAccount.confirm.understood':
    'Rwy’n deall y bydd fy nghofnod yn cael ei ddileu ac na fydd modd dod ag ef yn ôl',
  'closeAccount.understoodRequired': 'Ticiwch y blwch i ddweud eich bod yn deall na ellir dadwneud hyn',
  'closeAccount.confirm.submit': 'Cau fy nghyfrif a dileu fy nghofnod',
  'closeAccount.cancel': 'Cadw fy nghyfrif',
  'closeAccount.done': 'Mae eich cyfrif wedi cau ac mae eich cofnod wedi’i ddileu.',
} satisfies Words;
