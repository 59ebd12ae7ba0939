import type { Words } from '../../../translate.ts';

export default {
  'progress.periodLegend': 'کتنا پیچھے تک دکھایا جائے',
  'progress.periodHint':
    'یہ چیک اِن اور زندگی کے حصوں کے نمبروں کے لیے ہے۔ سوال ناموں کا ہر اسکور ہمیشہ دکھایا جاتا ہے۔',
  'progress.period.3m': '3 مہینے',
  'progress.period.1y': '1 سال',
  'progress.period.all': 'سب',
  'progress.showing.3m': 'پچھلے 3 مہینے دکھائے جا رہے ہیں۔',
  'progress.showing.1y': 'پچھلا ایک سال دکھایا جا رہا ہے۔',
  'progress.showing.all': 'سب کچھ دکھایا جا رہا ہے۔',
  'progress.noCheckins.3m': 'آپ نے پچھلے 3 مہینوں میں چیک اِن نہیں کیا۔',
  'progress.noCheckins.1y': 'آپ نے پچھلے ایک سال میں چیک اِن نہیں کیا۔',
  'progress.sharedNoCheckins.3m': '{name} نے پچھلے 3 مہینوں میں چیک اِن نہیں کیا۔',
  'progress.sharedNoCheckins.1y': '{name} نے پچھلے ایک سال میں چیک اِن نہیں کیا۔',
  'progress.showTable': 'نمبر ٹیبل کی شکل میں دکھائیں',
  'progress.showTableFor': '{name} کے لیے',
} satisfies Words;
