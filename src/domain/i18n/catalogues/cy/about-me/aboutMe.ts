import type { Words } from '../../../translate.ts';

export default {
  'aboutMe.title': 'Amdanaf i',
  'aboutMe.intro':
    'Ysgrifennwch yn eich geiriau eich hun. All neb arall weld hyn oni bai eich bod chi’n dewis ei rannu.',
  'aboutMe.strengths': 'Fy nghryfderau',
  'aboutMe.strengths.hint':
    'Er enghraifft: “Rydw i’n gwrando’n dda”, “Rydw i’n dal ati pan fydd pethau’n anodd”.',
  'aboutMe.values': 'Beth sy’n werthfawr i mi',
  'aboutMe.values.hint': 'Er enghraifft: bod yn onest, fy ffydd, bod yn rhiant da.',
  'aboutMe.whatMatters': 'Beth sy’n bwysig i mi',
  'aboutMe.whatMatters.hint':
    'Y bobl, y lleoedd a’r pethau sy’n gwneud bywyd yn werth ei fyw i chi.',
  'aboutMe.identity': 'Pwy ydw i',
  'aboutMe.identity.hint':
    'Sut rydych chi’n disgrifio eich hun, mewn unrhyw eiriau sy’n addas i chi.',
  'aboutMe.culture': 'Fy niwylliant, fy ffydd a fy nghymuned',
  'aboutMe.culture.hint':
    'O ble rydych chi’n dod, beth rydych chi’n ei gredu, eich cymuned: unrhyw beth yr hoffech i bobl ei wybod.',
  'aboutMe.whenWell': 'Sut un ydw i pan fydda i’n iach',
  'aboutMe.whenWell.hint':
    'Er enghraifft: “Rydw i’n codi’n gynnar, yn gweld fy chwaer ar ddydd Sul ac yn coginio i ffrindiau”.',
  'aboutMe.howToSupportMe': 'Sut gall pobl fy nghefnogi orau',
  'aboutMe.howToSupportMe.hint':
    'Er enghraifft: “Rhowch amser i mi ateb”, “Anfonwch neges cyn ffonio”, “Eisteddwch gyda fi yn lle rhoi cyngor”.',
  'aboutMe.empty':
    'Dydych chi ddim wedi ysgrifennu dim byd yma eto. Dechreuwch gyda beth bynnag sy’n teimlo’n haws. Gallwch chi adael unrhyw flwch yn wag.',
  'aboutMe.lastSaved': 'Cadwyd ddiwethaf: {when}.',
} satisfies Words;
