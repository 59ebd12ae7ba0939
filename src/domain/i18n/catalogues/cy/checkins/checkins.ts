import type { Words } from '../../../translate.ts';

export default {
  'checkins.scale.mood': 'Hwyliau',
  'checkins.scale.hope': 'Gobaith',
  'checkins.scale.sleep': 'Cwsg',
  'checkins.scale.energy': 'Egni',
  'checkins.scale.in_control': 'Teimlo mewn rheolaeth',
  'checkins.reminder.off': 'Dim nodiadau atgoffa',
  'checkins.reminder.daily': 'Bob dydd',
  'checkins.reminder.every_few_days': 'Bob ychydig ddyddiau',
  'checkins.reminder.weekly': 'Unwaith yr wythnos',
} satisfies Words;
