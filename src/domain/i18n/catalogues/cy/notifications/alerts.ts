import type { Words } from '../../../translate.ts';

export default {
  'alerts.validation.notSharing':
    'Dydych chi ddim yn rhannu eich cofnod gyda’r person hwn nawr, felly does dim modd eu dewis. Rhannwch rywbeth gyda nhw yn gyntaf.',
  'alerts.validation.twice': 'Mae’r person hwn wedi’i ddewis ddwywaith',
  'alerts.title': 'Pwy i ddweud wrthyn nhw pan fyddwch chi’n sylwi ar arwydd rhybudd cynnar',
  'alerts.intro':
    'Pan fyddwch chi’n dweud mewn gwiriad lles bod un o’ch arwyddion rhybudd cynnar yno, gall Waymark ddweud wrth y bobl rydych chi’n eu dewis yma. Y cyfan fyddan nhw’n ei weld yw “Hoffai {name} i chi gysylltu â nhw i weld sut maen nhw”. Fyddan nhw ddim yn gweld pa arwydd, eich sgoriau nac unrhyw beth arall.',
  'alerts.forMeOnly':
    'Dydy gwiriad lles rydych chi’n ei gadw “i mi yn unig” ddim yn dweud wrth neb.',
  'alerts.legend': 'Dweud wrth y bobl hyn',
  'alerts.none':
    'Dydych chi ddim yn rhannu eich cofnod gyda neb eto. Ar ôl i chi wneud hynny, gallwch chi eu dewis yma.',
  'alerts.save': 'Cadw pwy i ddweud wrthyn nhw',
  'alerts.saved': 'Wedi’i gadw. Bydd y bobl rydych chi wedi’u ticio yn cael gwybod.',
  'alerts.savedNone': 'Wedi’i gadw. Fydd neb yn cael gwybod.',
  'alerts.saveFailed': 'Doedd dim modd cadw eich dewis. Rhowch gynnig arall arni.',
  'alerts.loadFailed': 'Doedd dim modd llwytho pwy i ddweud wrthyn nhw. Rhowch gynnig arall arni.',
} satisfies Words;
