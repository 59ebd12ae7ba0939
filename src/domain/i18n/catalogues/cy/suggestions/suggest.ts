import type { Words } from '../../../translate.ts';

export default {
  'suggest.title': 'Awgrymu newid ar gyfer {what}',
  'suggest.titleNew': 'Awgrymu nod newydd i {name}',
  'suggest.intro':
    'Bydd {name} yn gweld eich awgrym ac yn penderfynu. Does dim byd yn newid yn eu cofnod oni bai eu bod nhw’n ei dderbyn.',
  'suggest.newStep': 'Ychwanegu cam (dewisol)',
  'suggest.step': 'Cam {n}',
  'suggest.send': 'Anfon yr awgrym',
  'suggest.sent':
    'Cafodd eich awgrym ei anfon at {name}. Gallwch chi weld beth sy’n digwydd iddo ar eich tudalen.',
} satisfies Words;
