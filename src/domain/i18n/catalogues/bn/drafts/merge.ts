import type { Words } from '../../../translate.ts';

export default {
  'merge.saved':
    'আপনি যখন বদল করছিলেন, তখন অন্য কেউ এখানে কিছু বদল সেভ করেছেন। তাঁর বদল আর আপনার বদল, দুটোই রাখা হয়েছে। সেভ হয়েছে {time}-এ।',
  'merge.usingSaved': 'আপনি এখন ওই অংশগুলোর সেভ করা লেখা দেখছেন। আপনার অন্য বদলগুলো রাখা আছে।',
} satisfies Words;
