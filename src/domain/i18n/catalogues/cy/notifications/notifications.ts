import type { Words } from '../../../translate.ts';

export default {
  'notifications.kind.suggestion_made': 'Mae {name} wedi awgrymu newid i’ch cofnod',
  'notifications.kind.suggestion_decided': 'Mae {name} wedi penderfynu ar eich awgrym',
  'notifications.kind.invitation_accepted': 'Mae {name} wedi derbyn eich gwahoddiad',
  'notifications.kind.early_warning': 'Hoffai {name} i chi gysylltu â nhw i weld sut maen nhw',
  'notifications.email.subject': 'Waymark: {what}',
  'notifications.email.body':
    '{what}.\n\nAgorwch Waymark i weld mwy: {link}\n\nGallwch chi ddewis pa negeseuon e-bost rydych chi’n eu cael yn Waymark, o dan Gosodiadau.',
  'notifications.setting.suggestion_made': 'Mae rhywun yn awgrymu newid i’ch cofnod',
  'notifications.setting.suggestion_decided': 'Mae rhywun yn penderfynu ar awgrym a wnaethoch chi',
  'notifications.setting.invitation_accepted': 'Mae rhywun yn derbyn eich gwahoddiad',
  'notifications.setting.early_warning':
    'Hoffai rhywun rydych chi’n ei gefnogi i chi gysylltu â nhw i weld sut maen nhw',
  'notifications.title': 'Hysbysiadau',
  'notifications.unread': '{count} newydd',
  'notifications.empty': 'Does gennych chi ddim hysbysiadau.',
  'notifications.loadFailed': 'Doedd dim modd llwytho eich hysbysiadau. Rhowch gynnig arall arni.',
  'notifications.markRead': 'Marcio fel wedi’i ddarllen',
  'notifications.markAllRead': 'Marcio’r cyfan fel wedi’u darllen',
  'notifications.new': 'Newydd',
  'notifications.open': 'Agor',
  'notifications.settings.title': 'Hysbysiadau',
  'notifications.settings.intro':
    'Dewiswch am beth rydych chi’n cael gwybod. Dim ond pwy wnaeth rywbeth mae hysbysiadau a negeseuon e-bost yn ei ddweud. Dydyn nhw byth yn dweud beth sydd yng nghofnod unrhyw un.',
  'notifications.settings.inApp': 'Yn Waymark',
  'notifications.settings.email': 'Drwy e-bost',
  'notifications.settings.save': 'Cadw dewisiadau hysbysiadau',
  'notifications.settings.saved': 'Mae eich dewisiadau hysbysiadau wedi’u cadw.',
  'notifications.settings.saveFailed':
    'Doedd dim modd cadw eich dewisiadau. Rhowch gynnig arall arni.',
} satisfies Words;
