import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'Os oes angen help arnoch chi nawr',
  'crisis.danger':
    'Os ydych chi mewn perygl nawr, ffoniwch {number} neu ewch i’r Adran Achosion Brys (A&E).',
  'crisis.call': 'Ffoniwch {name} ar {number}',
  'crisis.text': 'Anfonwch neges destun {word} i {number}',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'Yn Lloegr, dewiswch yr opsiwn iechyd meddwl.',
  'crisis.samaritans.name': 'Samariaid',
  'crisis.samaritans.detail': 'Am ddim, ddydd a nos.',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Mae Shout yn wasanaeth negeseuon testun am ddim, ddydd a nos.',
} satisfies Words;
