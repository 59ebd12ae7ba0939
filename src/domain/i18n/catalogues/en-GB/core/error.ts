export default {
  'error.WM_VALIDATION_FAILED': 'Some of the information is not right. Check it and try again.',
  'error.WM_REQUEST_MALFORMED':
    'The request could not be read. It may be incomplete or not valid JSON.',
  'error.WM_REQUEST_TOO_LARGE': 'This is too much to save at once.',
  'error.WM_REQUEST_TOO_COMPLEX':
    'This has too many levels or parts to read at once, so it was not read. Nothing was changed.',
  'error.WM_REQUEST_UNSUPPORTED_MEDIA_TYPE': 'Send the information as JSON.',
  'error.WM_AUTH_REQUIRED': 'You need to sign in to do that.',
  'error.WM_AUTH_WRONG_CREDENTIALS': 'The email address or password is wrong.',
  'error.WM_AUTH_EMAIL_TAKEN':
    'An account with this email address already exists. Sign in instead.',
  'error.WM_AUTH_TOO_MANY_ATTEMPTS': 'Too many attempts to sign in. Try again in {wait}.',
  'error.WM_CSRF_FAILED':
    'This request did not come from Waymark, so it was stopped. Reload the page and try again.',
  'error.WM_NOT_FOUND': 'We could not find that.',
  'error.WM_VERSION_REQUIRED':
    'Reload the page and try again: we need to know which version you changed.',
  'error.WM_VERSION_INVALID': 'The version sent with this change is not in the right format.',
  'error.WM_VERSION_CONFLICT': 'This changed somewhere else since you opened it.',
  'error.WM_RATE_LIMITED': 'Too many requests. Wait a minute and try again.',
  'error.WM_INTERNAL': 'Something went wrong on our side. Nothing was changed. Try again later.',
  'error.WM_RECORD_ITEM_TOO_NEW':
    'This was saved by a newer version of Waymark, so it cannot be opened here yet. Nothing was changed. Try again in a few minutes.',
  'error.WM_RECORD_ITEM_UNREADABLE':
    'Waymark cannot read what was saved here. Nothing was changed. You can bring back an earlier version from its history, or tell the people who run Waymark.',
  'error.WM_HOST_NOT_ALLOWED':
    'Waymark is not served at this web address. Check the address you opened and try again.',
  'error.WM_JOURNAL_KEY_UNAVAILABLE':
    'This journal entry cannot be opened here because the key it was locked with is missing. Nothing was changed. Tell whoever runs Waymark.',
  'error.WM_JOURNAL_UNREADABLE':
    'This journal entry could not be opened. It may have been damaged. Nothing was changed. Tell whoever runs Waymark.',
  'error.WM_MEASURE_NEEDS_WORDING':
    'This measure needs its wording loaded by your service, so it cannot be answered yet.',
  'error.WM_UPLOAD_TOO_LARGE': 'This file is too large. Files can be up to {max} MB.',
  'error.WM_UPLOAD_WRONG_TYPE': 'This file is not a PDF or a photo (PNG, JPEG or WebP).',
  'error.WM_STORAGE_QUOTA_EXCEEDED':
    'There is not enough space left for this file: you have {left} MB of your {quota} MB left. To make space, take files you no longer need off your plans and save. Files taken off still count for {days} days, while you can bring them back.',
  'error.WM_AUTH_SERVICE_DISABLED':
    'Your service is switched off in Waymark, so you cannot sign in. Ask whoever runs Waymark for help.',
  'error.WM_SECOND_FACTOR_REQUIRED':
    'Staff must turn on two-step sign-in before they can see anything about the people they work with. Set it up in Settings.',
} as const;
