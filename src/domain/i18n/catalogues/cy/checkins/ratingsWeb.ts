import type { Words } from '../../../translate.ts';

export default {
  'ratingsWeb.title': 'Rhoi sgôr i fy meysydd bywyd',
  'ratingsWeb.intro':
    'Sut mae pob rhan o’ch bywyd ar hyn o bryd? Rhowch sgôr i’r rhai rydych chi eisiau. Gallwch chi hepgor unrhyw un.',
  'ratingsWeb.worst': 'allai ddim bod yn waeth',
  'ratingsWeb.best': 'allai ddim bod yn well',
  'ratingsWeb.wantHelp': 'Rydw i eisiau help gyda {name}',
  'ratingsWeb.noAreas':
    'Dydych chi ddim wedi ychwanegu unrhyw feysydd bywyd eto. Pa rannau o’ch bywyd sy’n bwysig i chi?',
  'ratingsWeb.save': 'Cadw fy sgoriau',
} satisfies Words;
