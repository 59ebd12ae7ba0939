export default {
  'upload.choose': 'Upload a document',
  'upload.replace': 'Upload a different document',
  'upload.limits': 'A PDF or a photo (PNG, JPEG or WebP), up to {max} MB.',
  'upload.photoLimits': 'A photo (PNG, JPEG or WebP), up to {max} MB.',
  'upload.sending': 'Uploading “{name}”…',
  'upload.done': '“{name}” uploaded. Save your crisis plan to keep it with your plan.',
  'upload.photoDone': 'Photo uploaded. Save your safety plan to keep it there.',
  'upload.detached': 'The document will be taken off your plan when you save.',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'You are using {used} MB of your {quota} MB.',
  'upload.removedAfterWindow': 'This file was removed after {days} days.',
} as const;
