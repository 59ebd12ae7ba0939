import type { Words } from '../../../translate.ts';

export default {
  'network.backToCrisisPlan': 'میرے بحران کے منصوبے پر واپس جائیں',
  'network.backToSafetyPlan': 'میرے حفاظتی منصوبے پر واپس جائیں',
  'network.backToMovingOnPlan': 'میرے آگے بڑھنے کے منصوبے پر واپس جائیں',
  'network.addedForPlan':
    '”{name}“ کو آپ کے مدد کے حلقے میں شامل کر دیا گیا۔ اب آپ انہیں یہاں چن سکتے ہیں۔',
} satisfies Words;
