export default {
  'closeAccount.settings.title': 'Close my account',
  'closeAccount.settings.intro':
    'You can close your account at any time. Your record is erased from Waymark when you do.',
  'closeAccount.settings.link': 'Close my account',
  'closeAccount.title': 'Close your account',
  'closeAccount.intro':
    'Closing your account erases everything you keep in Waymark. This cannot be undone.',
  'closeAccount.goes.title': 'What is erased',
  'closeAccount.goes.record':
    'Your record: About me, life areas and goals, your plans, support network, check-ins, measures, journal and files, with every earlier version.',
  'closeAccount.goes.sharing':
    'Everyone you share with loses access at once. Your invitations and emergency links stop working.',
  'closeAccount.goes.words':
    'Comments and views you left in other people’s records, and suggestions they did not take.',
  'closeAccount.goes.signIn': 'Your email address, name, password and two-step sign-in.',
  'closeAccount.stays.title': 'What stays',
  'closeAccount.stays.id': 'A number that once named your account, with nothing else.',
  'closeAccount.stays.others':
    'In the records of people who shared with you, their access log still says when you looked, and their record keeps suggestions of yours they took. Those records are theirs.',
  'closeAccount.stays.backups':
    'Copies in the backups of whoever runs Waymark, until those backups are replaced.',
  'closeAccount.keep.title': 'Keep a copy first',
  'closeAccount.keep.body':
    'Once your account is closed, nobody can bring your record back. Print your plans, or download your record, before you go.',
  'closeAccount.confirm.title': 'Close it now',
  'closeAccount.confirm.password': 'Your password',
  'closeAccount.confirm.understood':
    'I understand that my record will be erased and cannot be brought back',
  'closeAccount.understoodRequired': 'Tick the box to say you understand that this cannot be undone',
  'closeAccount.confirm.submit': 'Close my account and erase my record',
  'closeAccount.cancel': 'Keep my account',
  'closeAccount.done': 'Your account is closed and your record is erased.',
} as const;
