import type { Words } from '../../../translate.ts';

export default {
  'progress.periodLegend': 'Pa mor bell yn ôl i’w ddangos',
  'progress.periodHint':
    'Mae hyn ar gyfer gwiriadau lles a sgoriau meysydd bywyd. Mae pob sgôr holiadur bob amser yn cael ei dangos.',
  'progress.period.3m': '3 mis',
  'progress.period.1y': '1 flwyddyn',
  'progress.period.all': 'Y cyfan',
  'progress.showing.3m': 'Yn dangos y 3 mis diwethaf.',
  'progress.showing.1y': 'Yn dangos y flwyddyn ddiwethaf.',
  'progress.showing.all': 'Yn dangos popeth.',
  'progress.noCheckins.3m': 'Dydych chi ddim wedi gwneud gwiriad lles yn ystod y 3 mis diwethaf.',
  'progress.noCheckins.1y':
    'Dydych chi ddim wedi gwneud gwiriad lles yn ystod y flwyddyn ddiwethaf.',
  'progress.sharedNoCheckins.3m':
    'Dydy {name} ddim wedi gwneud gwiriad lles yn ystod y 3 mis diwethaf.',
  'progress.sharedNoCheckins.1y':
    'Dydy {name} ddim wedi gwneud gwiriad lles yn ystod y flwyddyn ddiwethaf.',
  'progress.showTable': 'Dangos y rhifau fel tabl',
  'progress.showTableFor': 'ar gyfer {name}',
} satisfies Words;
