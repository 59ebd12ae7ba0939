import type { Words } from '../../../translate.ts';

export default {
  'download.settings.title': 'Lawrlwytho fy nghofnod',
  'download.settings.intro':
    'Cymerwch gopi o bopeth rydych chi’n ei gadw yn Waymark, pryd bynnag y mynnwch.',
  'download.settings.link': 'Lawrlwytho fy nghofnod',
  'download.title': 'Lawrlwytho fy nghofnod',
  'download.intro': 'Eich cofnod chi yw e. Gallwch gymryd copi llawn ohono unrhyw bryd.',
  'download.file.title': 'Ffeil ar gyfer apiau eraill',
  'download.file.body':
    'Mae’r ffeil hon yn dal eich cofnod i gyd yn FHIR, fformat y mae apiau iechyd a gofal yn ei ddefnyddio. Gall Waymark arall ei darllen yn ôl i mewn. Mae eich dyddiadur a’ch ffeiliau ynddi, felly cadwch hi’n ddiogel.',
  'download.file.button': 'Lawrlwytho’r ffeil',
  'download.readable.title': 'Copi i’w ddarllen a’i argraffu',
  'download.readable.body':
    'Mae hwn yn dangos eich cofnod i gyd ar un dudalen, mewn geiriau plaen. Gallwch ei argraffu neu ei gadw fel PDF.',
  'download.readable.link': 'Agor y copi i’w ddarllen a’i argraffu',
  'download.noRecord': 'Does gan eich cyfrif ddim cofnod ei hun, felly does dim i’w lawrlwytho.',
} satisfies Words;
