import type { Words } from '../../../translate.ts';

export default {
  'error.WM_LIFE_AREAS_IN_USE':
    'Mae eich meysydd bywyd eisoes wedi cael eu newid neu eu defnyddio, felly maen nhw’n aros. Gallwch chi ychwanegu meysydd atyn nhw o hyd.',
} satisfies Words;
