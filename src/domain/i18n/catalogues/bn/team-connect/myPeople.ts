import type { Words } from '../../../translate.ts';

export default {
  'myPeople.title': 'আমার মানুষজন',
  'myPeople.intro':
    'যারা আপনার দলগুলোর সাথে যুক্ত হয়েছেন। প্রত্যেকে যা শেয়ার করতে বেছে নিয়েছেন, আপনি শুধু তা-ই দেখেন।',
  'myPeople.teams': 'আপনার দলগুলো',
  'myPeople.code': '{team}-এ যোগ দেওয়ার কোড: {code}',
  'myPeople.noCode': '{team}-এর এখনও কোনো কোড নেই। আপনার পরিষেবার অ্যাডমিনের কাছে চান।',
  'myPeople.noTeams': 'আপনি এখনও কোনো দলে নেই।',
  'myPeople.none': 'এখনও কেউ আপনার দলগুলোর সাথে যুক্ত হয়নি।',
  'myPeople.open': '{name}-এর রেকর্ড খুলুন',
  'myPeople.team': 'দল: {team}',
  'myPeople.shared': 'শেয়ার করা: {sections}',
  'myPeople.nothing': 'এই মুহূর্তে কিছুই শেয়ার করা নেই।',
  'myPeople.link': 'যারা আপনার দলগুলোর সাথে যুক্ত হয়েছেন',
} satisfies Words;
