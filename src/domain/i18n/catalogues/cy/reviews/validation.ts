import type { Words } from '../../../translate.ts';

export default {
  'validation.review.actionWhat': 'Rhowch beth fydd yn cael ei wneud',
  'validation.review.actionWho': 'Dewiswch pwy fydd yn gwneud hyn',
  'validation.review.actionSomeone': 'Rhowch enw’r person a fydd yn gwneud hyn',
  'validation.review.tooManyAreas': 'Dewiswch hyd at {max} maes i siarad amdanynt',
  'validation.review.areaTwice': 'Dewiswch bob maes unwaith yn unig',
  'validation.review.nextAfterMeeting': 'Rhaid i’r adolygiad nesaf fod ar ôl y cyfarfod',
  'validation.review.areaNotRated': 'Dewiswch faes o’r sgoriau',
  'validation.review.lifeAreaUnknown': 'Nid yw hwn yn un o’ch meysydd bywyd',
  'validation.review.myCareUnknown': 'Nid yw hwn yn un o’r pethau i’w sgorio',
  'validation.review.goalUnknown': 'Dewiswch un o’ch nodau, neu nod newydd',
  'validation.review.goalFull':
    'Mae gan y nod hwn gymaint o gamau ag y gall eu dal. Dewiswch nod arall.',
} satisfies Words;
