export default {
  'error.WM_SECOND_FACTOR_WRONG_CODE':
    'This code is not right. Check the code your app shows now and try again.',
  'error.WM_SECOND_FACTOR_CODE_USED':
    'This code has been used already. Wait for your app to show a new code, then enter that.',
  'error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE':
    'This recovery code is not right, or it has been used already. Check it and try again.',
  'error.WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS': 'Too many codes tried. Try again in {wait}.',
  'error.WM_SECOND_FACTOR_ALREADY_ON':
    'Two-step sign-in is on already. To set it up again, turn it off first.',
  'error.WM_SECOND_FACTOR_NOT_STARTED': 'Start setting up two-step sign-in first.',
  'error.WM_SECOND_FACTOR_SIGN_IN_EXPIRED':
    'Your sign-in took too long. Enter your email address and password again.',
  'error.WM_PASSKEY_NOT_ACCEPTED': 'This passkey was not accepted. Try again.',
  'error.WM_PASSKEY_ALREADY_ADDED': 'This passkey is added already.',
  'error.WM_PASSKEY_LIMIT':
    'You have {max} passkeys, which is the most you can have. Remove one before you add another.',
  'error.WM_PASSKEY_LAST_FACTOR':
    'This passkey is your only second step. You work for a service, so you need one to see the people you work with. Add another passkey or set up the app first.',
  'error.WM_PASSKEY_NONE': 'You have not added a passkey. Enter the code from your app.',
} as const;
