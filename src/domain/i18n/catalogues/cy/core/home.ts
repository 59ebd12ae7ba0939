import type { Words } from '../../../translate.ts';

export default {
  'home.title': 'Fy adferiad',
  'home.greeting': 'Helo, {name}',
  'home.aboutMeLine': 'Yn eich geiriau chi: “{text}”',
  'home.aboutMePrompt':
    'Beth sy’n bwysig i mi, beth rydw i’n dda am ei wneud, a sut gall pobl fy helpu: yn fy ngeiriau fy hun.',
  'home.goalsTitle': 'Fy nodau',
  'home.noGoals':
    'Dydych chi ddim wedi ychwanegu unrhyw nodau eto. Beth hoffech chi weithio tuag ato?',
  'home.nextStep': 'Cam nesaf: {step}',
  'home.noNextStep': 'Does dim camau ar ôl. Ychwanegwch un, neu nodwch fod y nod wedi’i gyflawni.',
  'home.linksTitle': 'Fy nghofnod',
  'home.aboutMeLink': 'Darllen neu newid Amdanaf i',
  'home.aboutMeStart': 'Ysgrifennu amdanaf i',
  'home.allGoals': 'Gweld fy holl nodau',
} satisfies Words;
