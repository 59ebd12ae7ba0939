// en-GB messages for the support network, the plans and emergency links.
export const enGBPlans = {
  'validation.phone': 'Enter a phone number using only digits, spaces, brackets, + and -',
  'validation.ownContact': 'Choose someone from your support network',
  'validation.ownDocument': 'Choose a document you have uploaded',
  'validation.expiry': 'Choose an expiry between 1 hour and 30 days',
  'error.WM_UPLOAD_TOO_LARGE': 'This file is too large. Files can be up to {max} MB.',
  'error.WM_UPLOAD_WRONG_TYPE': 'This file is not a PDF or a photo (PNG, JPEG or WebP).',
  'error.WM_STORAGE_QUOTA_EXCEEDED':
    'There is not enough space left for this file: you have {left} MB of your {quota} MB left. To make space, take files you no longer need off your plans and save. Files taken off still count for {days} days, while you can bring them back.',
} as const;
