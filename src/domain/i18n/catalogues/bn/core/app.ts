import type { Words } from '../../../translate.ts';

export default {
  'app.name': 'Waymark',
  'app.skipToContent': 'মূল লেখায় চলে যান',
  'app.loading': 'লোড হচ্ছে…',
  'app.loadFailed': 'দুঃখিত, আমরা এই পেজটি লোড করতে পারিনি। আপনার সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।',
  'app.tryAgain': 'আবার চেষ্টা করুন',
  'app.notFound.title': 'পেজটি পাওয়া যায়নি',
  'app.notFound.body': 'আমরা ওই পেজটি খুঁজে পাইনি। হয়তো এটি অন্য জায়গায় সরানো হয়েছে।',
  'app.backHome': 'আমার হোম পেজে যান',
  'app.title': '{title} – Waymark',
  'app.titleError': 'সমস্যা: {title} – Waymark',
  'app.quoted': '“{text}”',
} satisfies Words;
