import type { Words } from '../../../translate.ts';

export default {
  'myCare.title': 'Eitemau fy ngofal',
  'myCare.intro':
    'Cyn adolygiad, mae pobl yn sgorio meysydd eu bywyd a’r rhannau hyn o’u gofal. Defnyddiwch eiriau sy’n addas i’ch gwasanaeth.',
  'myCare.none': 'Dydych chi ddim yn gofyn am unrhyw ran o ofal. Ychwanegwch eitem isod.',
  'myCare.default.medication': 'Meddyginiaeth',
  'myCare.default.practicalHelp': 'Help ymarferol',
  'myCare.default.meetings': 'Cyfarfodydd gyda gweithwyr proffesiynol',
  'myCare.moveUp': 'Symud {label} i fyny',
  'myCare.moveDown': 'Symud {label} i lawr',
  'myCare.rename': 'Ailenwi {label}',
  'myCare.renameTitle': 'Ailenwi {label}',
  'myCare.renameLabel': 'Geiriau newydd ar gyfer {label}',
  'myCare.save': 'Cadw’r geiriau',
  'myCare.cancel': 'Canslo',
  'myCare.renamed': 'Mae’r eitem wedi’i hailenwi.',
  'myCare.archive': 'Stopio gofyn am {label}',
  'myCare.archived':
    'Dydy pobl ddim yn cael eu holi am {label} mwyach. Mae hen adolygiadau yn ei gadw.',
  'myCare.archivedTitle': 'Dim yn gofyn amdanyn nhw mwyach',
  'myCare.archivedIntro': 'Mae hen adolygiadau yn dal i ddangos y rhain.',
  'myCare.add.title': 'Ychwanegu eitem',
  'myCare.add.label': 'Geiriau ar gyfer yr eitem newydd',
  'myCare.add.submit': 'Ychwanegu eitem',
  'myCare.added': 'Mae’r eitem wedi’i hychwanegu.',
  'myCare.conflict':
    'Mae rhywun arall newydd newid y rhestr hon. Rydyn ni wedi dangos y rhestr ddiweddaraf i chi. Rhowch gynnig arall arni.',
} satisfies Words;
