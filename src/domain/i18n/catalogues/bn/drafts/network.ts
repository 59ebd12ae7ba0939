import type { Words } from '../../../translate.ts';

export default {
  'network.backToCrisisPlan': 'আমার সংকট পরিকল্পনায় ফিরে যান',
  'network.backToSafetyPlan': 'আমার নিরাপত্তা পরিকল্পনায় ফিরে যান',
  'network.backToMovingOnPlan': 'আমার এগিয়ে চলার পরিকল্পনায় ফিরে যান',
  'network.addedForPlan':
    '“{name}”-কে আপনার সহায়তা নেটওয়ার্কে যোগ করা হয়েছে। এখন আপনি তাঁকে এখানে বেছে নিতে পারেন।',
} satisfies Words;
