import type { Words } from '../../../translate.ts';

export default {
  'checkins.scale.mood': 'মন-মেজাজ',
  'checkins.scale.hope': 'আশা',
  'checkins.scale.sleep': 'ঘুম',
  'checkins.scale.energy': 'শক্তি',
  'checkins.scale.in_control': 'সবকিছু নিজের হাতে আছে মনে হওয়া',
  'checkins.reminder.off': 'মনে করিয়ে দেওয়া হবে না',
  'checkins.reminder.daily': 'প্রতিদিন',
  'checkins.reminder.every_few_days': 'কয়েক দিন পরপর',
  'checkins.reminder.weekly': 'সপ্তাহে একবার',
} satisfies Words;
