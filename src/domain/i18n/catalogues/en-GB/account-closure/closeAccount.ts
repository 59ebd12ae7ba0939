export default {
  'closeAccount.settings.title': 'Close my account',
  'closeAccount.settings.intro':
    'You can close your account at any time. Your record is erased from Waymark when you do.',
  'closeAccount.settings.link': 'Close my account',
  'closeAccount.title': 'Close your account',
  'closeAccount.intro':
    'If you close your account, we delete all you keep in Waymark. You cannot undo this.',
  'closeAccount.goes.title': 'What is erased',
  'closeAccount.goes.record':
    'Your record goes: About me, life areas and goals, plans, support network, check-ins, measures, journal and files. So do all the older versions.',
  'closeAccount.goes.sharing':
    'All the people you share with lose access at once. Your invites and emergency links stop working.',
  'closeAccount.goes.words':
    'The comments and views you left in other people’s records go. So do ideas you gave them that they did not take.',
  'closeAccount.goes.signIn': 'Your email address, name, password and two-step sign-in.',
  'closeAccount.stays.title': 'What stays',
  'closeAccount.stays.id': 'A number that once named your account, with nothing else.',
  'closeAccount.stays.others':
    'In the records of people who shared with you, their access log still says when you looked, and their record keeps suggestions of yours they took. Those records are theirs.',
  'closeAccount.stays.backups':
    'Copies in backups kept by whoever runs Waymark, until they make new ones.',
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
