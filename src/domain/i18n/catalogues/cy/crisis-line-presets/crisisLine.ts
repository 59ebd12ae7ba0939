import type { Words } from '../../../translate.ts';

// Each name is said in “Ffoniwch {name} ar {number}”. Service names stay as they are, except where
// the service has its own Welsh name (y Samariaid, GIG 111 Cymru, llinell gymorth C.A.L.L.).
export default {
  'crisisLine.nhs111.name': 'NHS 111',
  'crisisLine.nhs111.detail': 'Yn Lloegr, dewiswch yr opsiwn iechyd meddwl.',
  'crisisLine.nhs111Wales.name': 'GIG 111 Cymru',
  'crisisLine.nhs111Wales.detail': 'Pwyswch 2 i gael help gyda’ch iechyd meddwl, ddydd a nos.',
  'crisisLine.callHelpline.name': 'linell gymorth C.A.L.L.',
  'crisisLine.callHelpline.detail':
    'Llinell gymorth iechyd meddwl am ddim i unrhyw un yng Nghymru, ddydd a nos.',
  'crisisLine.nhs24.name': 'NHS 24',
  'crisisLine.nhs24.detail': 'Yn yr Alban, i gael help brys gyda’ch iechyd meddwl, ddydd a nos.',
  'crisisLine.breathingSpace.name': 'Breathing Space',
  'crisisLine.breathingSpace.detail':
    'Am ddim, i unrhyw un yn yr Alban. Ar agor o 6yh tan 2yb o ddydd Llun i ddydd Iau, ac o 6yh ddydd Gwener tan 6yb ddydd Llun.',
  'crisisLine.lifeline.name': 'Lifeline',
  'crisisLine.lifeline.detail': 'Am ddim, i unrhyw un yng Ngogledd Iwerddon, ddydd a nos.',
  'crisisLine.samaritans.name': 'y Samariaid',
  'crisisLine.samaritans.detail': 'Am ddim, ddydd a nos.',
  'crisisLine.shout.name': 'Shout',
  'crisisLine.shout.detail': 'Mae Shout yn wasanaeth negeseuon testun am ddim, ddydd a nos.',
} satisfies Words;
