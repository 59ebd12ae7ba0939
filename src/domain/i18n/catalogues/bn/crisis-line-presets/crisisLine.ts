import type { Words } from '../../../translate.ts';

export default {
  'crisisLine.nhs111.name': 'NHS 111',
  'crisisLine.nhs111.detail': 'ইংল্যান্ডে থাকলে মানসিক স্বাস্থ্যের অপশনটি বেছে নিন।',
  'crisisLine.nhs111Wales.name': 'NHS 111 Wales',
  'crisisLine.nhs111Wales.detail': 'মানসিক স্বাস্থ্য নিয়ে সাহায্যের জন্য 2 চাপুন, দিনে বা রাতে যেকোনো সময়।',
  'crisisLine.callHelpline.name': 'CALL হেল্পলাইন',
  'crisisLine.callHelpline.detail':
    'ওয়েলসে যে কারও জন্য বিনা পয়সার মানসিক স্বাস্থ্য হেল্পলাইন, দিনে বা রাতে যেকোনো সময়।',
  'crisisLine.nhs24.name': 'NHS 24',
  'crisisLine.nhs24.detail': 'স্কটল্যান্ডে মানসিক স্বাস্থ্য নিয়ে জরুরি সাহায্যের জন্য, দিনে বা রাতে যেকোনো সময়।',
  'crisisLine.breathingSpace.name': 'Breathing Space',
  'crisisLine.breathingSpace.detail':
    'বিনা পয়সায়, স্কটল্যান্ডে যে কারও জন্য। সোমবার থেকে বৃহস্পতিবার সন্ধ্যা 6টা থেকে রাত 2টা পর্যন্ত, আর শুক্রবার সন্ধ্যা 6টা থেকে সোমবার সকাল 6টা পর্যন্ত খোলা থাকে।',
  'crisisLine.lifeline.name': 'Lifeline',
  'crisisLine.lifeline.detail': 'বিনা পয়সায়, নর্দার্ন আয়ারল্যান্ডে যে কারও জন্য, দিনে বা রাতে যেকোনো সময়।',
  'crisisLine.samaritans.name': 'Samaritans',
  'crisisLine.samaritans.detail': 'বিনা পয়সায়, দিনে বা রাতে যেকোনো সময়।',
  'crisisLine.shout.name': 'Shout',
  'crisisLine.shout.detail': 'Shout একটি বিনা পয়সার টেক্সট সেবা, দিনে বা রাতে যেকোনো সময়।',
} satisfies Words;
