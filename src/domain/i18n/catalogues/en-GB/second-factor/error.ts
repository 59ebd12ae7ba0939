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
} as const;
