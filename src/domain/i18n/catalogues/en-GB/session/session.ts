export default {
  'session.warning.title': 'You will be signed out soon',
  'session.warning.body':
    'To keep your record private, Waymark will sign you out at {time}. This is because nothing has been saved or opened for a while. Anything you have typed and not saved would stay on this page, but you would need to sign in again to save it.',
  'session.warning.stay': 'Stay signed in',
  'session.cannotExtend.title': 'You will be signed out at {time}',
  'session.cannotExtend.body':
    'You have been signed in for as long as Waymark allows in one go, so this cannot be made longer. Save what you have typed now, then sign in again.',
  'session.ended.title': 'You have been signed out',
  'session.ended.body':
    'What you typed is still on this page. Sign in again in another tab, then come back here and save it.',
  'session.close': 'Close',
} as const;
