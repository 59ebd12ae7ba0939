import type { Words } from '../../../translate.ts';

export default {
  'section.about_me': 'tudalen Amdanaf i',
  'section.goals': 'nodau',
  'section.support_network': 'rhwydwaith cymorth',
  'section.staying_well': 'cynllun cadw’n iach',
  'section.crisis_plan': 'cynllun argyfwng',
  'section.safety_plan': 'cynllun diogelwch',
  'section.after_crisis': 'cynllun ar ôl argyfwng',
  'section.moving_on': 'cynllun symud ymlaen',
  'section.checkins': 'gwiriadau lles',
  'section.journal': 'dyddiadur',
  'section.measures': 'holiaduron',
  'section.reviews': 'adolygiadau',
} satisfies Words;
