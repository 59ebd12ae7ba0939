import type { Words } from '../../../translate.ts';

export default {
  'crisisLine.nhs111.name': 'NHS 111',
  'crisisLine.nhs111.detail': 'W Anglii trzeba wybrać opcję dotyczącą zdrowia psychicznego.',
  'crisisLine.nhs111Wales.name': 'NHS 111 Wales',
  'crisisLine.nhs111Wales.detail':
    'Proszę wybrać 2, aby dostać pomoc w sprawie zdrowia psychicznego, w dzień i w nocy.',
  'crisisLine.callHelpline.name': 'Infolinia CALL',
  'crisisLine.callHelpline.detail':
    'Bezpłatna infolinia zdrowia psychicznego dla każdego w Walii, w dzień i w nocy.',
  'crisisLine.nhs24.name': 'NHS 24',
  'crisisLine.nhs24.detail':
    'W Szkocji, gdy pomoc w sprawie zdrowia psychicznego jest pilnie potrzebna, w dzień i w nocy.',
  'crisisLine.breathingSpace.name': 'Breathing Space',
  'crisisLine.breathingSpace.detail':
    'Bezpłatnie, dla każdego w Szkocji. Czynne od poniedziałku do czwartku od 18:00 do 2:00 w nocy oraz od piątku od 18:00 do poniedziałku do 6:00 rano.',
  'crisisLine.lifeline.name': 'Lifeline',
  'crisisLine.lifeline.detail': 'Bezpłatnie, dla każdego w Irlandii Północnej, w dzień i w nocy.',
  'crisisLine.samaritans.name': 'Samaritans',
  'crisisLine.samaritans.detail': 'Bezpłatnie, w dzień i w nocy.',
  'crisisLine.shout.name': 'Shout',
  'crisisLine.shout.detail': 'Shout to bezpłatna pomoc przez SMS, w dzień i w nocy.',
} satisfies Words;
