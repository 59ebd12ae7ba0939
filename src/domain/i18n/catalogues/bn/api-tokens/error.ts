import type { Words } from '../../../translate.ts';

export default {
  'error.WM_API_TOKEN_LIMIT':
    'আপনার সর্বোচ্চ {max}টি চাবি থাকতে পারে। আগে এমন একটি চাবি ফিরিয়ে নিন যা আর ব্যবহার হয় না।',
  'error.WM_API_TOKEN_END_DATE': 'আজ থেকে {days} দিনের মধ্যে একটি শেষ দিন বেছে নিন।',
  'error.WM_FHIR_TOKEN_INVALID':
    'এই টোকেনটি কাজ করছে না। হয়তো এটি ভুল, বা এর মেয়াদ শেষ হয়েছে, বা এটি ফিরিয়ে নেওয়া হয়েছে, বা শেয়ার করা সাময়িকভাবে বন্ধ আছে।',
  'error.WM_FHIR_SCOPE': 'এই টোকেন দিয়ে {type} পড়া যায় না।',
  'error.WM_FHIR_UNKNOWN_TYPE': 'আমরা {type} ধরনটি দিই না।',
  'error.WM_FHIR_UNKNOWN_PARAMETER': 'আমরা {name} খোঁজার শব্দটি চিনি না।',
  'error.WM_FHIR_BAD_PARAMETER': '{name}-এর মান ঠিক নয়।',
  'error.WM_FHIR_NOT_ACCEPTABLE': 'আমরা শুধু FHIR JSON-এ উত্তর দিই।',
} satisfies Words;
