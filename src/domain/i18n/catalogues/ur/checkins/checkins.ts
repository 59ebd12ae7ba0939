import type { Words } from '../../../translate.ts';

export default {
  'checkins.scale.mood': 'موڈ',
  'checkins.scale.hope': 'امید',
  'checkins.scale.sleep': 'نیند',
  'checkins.scale.energy': 'توانائی',
  'checkins.scale.in_control': 'حالات اپنے قابو میں محسوس ہونا',
  'checkins.reminder.off': 'کوئی یاد دہانی نہیں',
  'checkins.reminder.daily': 'ہر روز',
  'checkins.reminder.every_few_days': 'ہر چند دن بعد',
  'checkins.reminder.weekly': 'ہفتے میں ایک بار',
} satisfies Words;
