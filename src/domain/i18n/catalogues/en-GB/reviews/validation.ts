export default {
  'validation.review.actionWhat': 'Enter what will be done',
  'validation.review.actionWho': 'Choose who will do this',
  'validation.review.actionSomeone': 'Enter the name of the person who will do this',
  'validation.review.tooManyAreas': 'Choose up to {max} areas to talk about',
  'validation.review.areaTwice': 'Choose each area only once',
  'validation.review.nextAfterMeeting': 'The next review must be after the meeting',
  'validation.review.areaNotRated': 'Choose an area from the ratings',
  'validation.review.lifeAreaUnknown': 'This is not one of your life areas',
  'validation.review.myCareUnknown': 'This is not one of the things to rate',
  'validation.review.goalUnknown': 'Choose one of your goals, or a new goal',
  'validation.review.goalFull': 'This goal has as many steps as it can hold. Choose another goal.',
} as const;
