import type { Words } from '../../../translate.ts';

export default {
  'checkins.scale.mood': 'Nastrój',
  'checkins.scale.hope': 'Nadzieja',
  'checkins.scale.sleep': 'Sen',
  'checkins.scale.energy': 'Energia',
  'checkins.scale.in_control': 'Poczucie kontroli',
  'checkins.reminder.off': 'Bez przypomnień',
  'checkins.reminder.daily': 'Codziennie',
  'checkins.reminder.every_few_days': 'Co kilka dni',
  'checkins.reminder.weekly': 'Raz w tygodniu',
} satisfies Words;
