import type { Words } from '../../../translate.ts';

export default {
  'comments.title': 'Anogaeth',
  'comments.intro.own':
    'Beth mae pobl rydych chi’n rhannu eich nodau gyda nhw wedi’i ddweud. Dim ond chi sy’n gallu cuddio sylw.',
  'comments.intro.other': 'Gair byr o anogaeth i {name}. Dydy e ddim yn newid eu nod.',
  'comments.none': 'Dim sylwadau eto.',
  'comments.by': '{name}, {when}',
  'comments.byYou': 'Chi, {when}',
  'comments.aboutStep': 'Am y cam “{step}”',
  'comments.hide': 'Cuddio’r sylw hwn',
  'comments.show': 'Ei ddangos eto',
  'comments.hidden': 'Rydych chi wedi cuddio sylw gan {name}.',
  'comments.hiddenNote':
    'Mae sylwadau cudd wedi’u cuddio i chi yn unig. Mae {name} yn dal i allu ei weld.',
  'comments.delete': 'Dileu eich sylw',
  'comments.deleted': 'Mae eich sylw wedi’i ddileu.',
  'comments.sent': 'Mae eich sylw wedi’i anfon.',
  'comments.text': 'Gadael sylw neu air o anogaeth',
  'comments.text.hint': 'Er enghraifft, “Da iawn ddydd Sadwrn”. Hyd at {max} cymeriad.',
  'comments.about': 'Am beth mae e?',
  'comments.about.goal': 'Y nod cyfan',
  'comments.about.step': 'Cam: {step}',
  'comments.send': 'Anfon sylw',
  'comments.someone': 'Rhywun',
} satisfies Words;
