export default {
  'validation.required.twoStepCode': 'Enter the 6-digit code from your app',
  'validation.twoStepCode': 'Enter the code as 6 digits, like 123456',
  'validation.required.recoveryCode': 'Enter one of your recovery codes',
  'validation.recoveryCode':
    'Enter the recovery code as you saved it: 4 groups of 4 letters and numbers',
  'validation.required.passkeyName': 'Enter a name for this passkey',
} as const;
