import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'সার্ভিসের নাম লিখুন',
  'validation.required.teamName': 'দলের একটি নাম লিখুন',
  'validation.required.staffName': 'তাঁদের পুরো নাম লিখুন',
  'validation.required.team': 'একটি দল বেছে নিন',
  'validation.required.myCareLabel': 'এই বিষয়ের শব্দ লিখুন',
} satisfies Words;
