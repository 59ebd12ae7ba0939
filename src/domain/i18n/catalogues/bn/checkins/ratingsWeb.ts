import type { Words } from '../../../translate.ts';

export default {
  'ratingsWeb.title': 'আমার জীবনের দিকগুলোকে নম্বর দিন',
  'ratingsWeb.intro':
    'এই মুহূর্তে আপনার জীবনের প্রতিটি দিক কেমন চলছে? যেগুলোকে চান সেগুলোকে নম্বর দিন। যেকোনোটি বাদ দিতে পারেন।',
  'ratingsWeb.worst': 'এর চেয়ে খারাপ হতে পারে না',
  'ratingsWeb.best': 'এর চেয়ে ভালো হতে পারে না',
  'ratingsWeb.wantHelp': '{name} নিয়ে আমি সাহায্য চাই',
  'ratingsWeb.noAreas':
    'আপনি এখনো জীবনের কোনো দিক যোগ করেননি। আপনার জীবনের কোন দিকগুলো আপনার কাছে গুরুত্বপূর্ণ?',
  'ratingsWeb.save': 'আমার দেওয়া নম্বর সেভ করুন',
} satisfies Words;
