import type { enGBAccessLog } from './en-GB.access-log.ts';
import type { enGBAccessLogSuggestions } from './en-GB.access-log-suggestions.ts';
import type { enGBAccountSecurity } from './en-GB.account-security.ts';
import type { enGBAgreedLine } from './en-GB.agreed-line.ts';
import { enGBCheckins } from './en-GB.checkins.ts';
import { enGBCheckinsWeb } from './en-GB.checkins-web.ts';
import type { enGBCollaboration } from './en-GB.collaboration.ts';
import type { enGBCrisisLinePresets } from './en-GB.crisis-line-presets.ts';
import type { enGBCrisisLines } from './en-GB.crisis-lines.ts';
import type { enGBDates } from './en-GB.dates.ts';
import type { enGBDeviceCopy } from './en-GB.device-copy.ts';
import type { enGBDeviceEmergency } from './en-GB.device-emergency.ts';
import type { enGBDrafts } from './en-GB.drafts.ts';
import type { enGBEmergencyLinks } from './en-GB.emergency-links.ts';
import type { enGBFolds } from './en-GB.folds.ts';
import type { enGBFramings } from './en-GB.framings.ts';
import { enGBGrants } from './en-GB.grants.ts';
import type { enGBInvitations } from './en-GB.invitations.ts';
import { enGBMeasures } from './en-GB.measures.ts';
import type { enGBMeasuresAbout } from './en-GB.measures-about.ts';
import type { enGBNetworkWeb } from './en-GB.network-web.ts';
import type { enGBNotifications } from './en-GB.notifications.ts';
import { enGBPlans } from './en-GB.plans.ts';
import type { enGBPlansWeb } from './en-GB.plans-web.ts';
import type { enGBProgress } from './en-GB.progress.ts';
import type { enGBSession } from './en-GB.session.ts';
import type { enGBSettings } from './en-GB.settings.ts';
import { enGBSharingWeb } from './en-GB.sharing-web.ts';
import type { enGBSuggestLink } from './en-GB.suggest-link.ts';
import type { enGBSuggestions } from './en-GB.suggestions.ts';
import type { enGBSupporterSpace } from './en-GB.supporter-space.ts';
import type { enGBSupporting } from './en-GB.supporting.ts';
import { enGBUnreadable } from './en-GB.unreadable.ts';
import type { enGBWelcome } from './en-GB.welcome.ts';

// The en-GB message catalogue. Every user-facing string lives here so it can be translated.
// Keys are grouped by where they appear; `{name}` marks a value filled in at run time.
export const enGB = {
  'app.name': 'Waymark',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.loadFailed': 'Sorry, we could not load this page. Check your connection and try again.',
  'app.tryAgain': 'Try again',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'We could not find that page. It may have moved.',
  'app.backHome': 'Go to my recovery home page',
  'app.title': '{title} – Waymark',
  'app.titleError': 'Error: {title} – Waymark',
  'app.quoted': '“{text}”',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.aboutMe': 'About me',
  'nav.goals': 'My goals',
  'nav.lifeAreas': 'My life areas',
  'nav.menu': 'Menu',
  'nav.settings': 'Settings',
  'nav.crisisPlan': 'Crisis plan',
  'nav.plans': 'My plans',
  'nav.supportNetwork': 'My support network',
  'nav.signOut': 'Sign out',
  'nav.signIn': 'Sign in',
  'nav.signUp': 'Create an account',

  'errors.summaryTitle': 'There is a problem',
  'errors.saveFailed': 'Your changes were not saved. Your text is still here. Try again.',
  'errors.network': 'We could not reach Waymark. Check your connection. Your text is still here.',
  'errors.signInAgain':
    'You have been signed out, so this was not saved. Your text is still here. Sign in again in another tab, then come back and save.',
  'errors.prefix': 'Error:',

  'validation.required': 'Enter {field}',
  'validation.requiredGeneric': 'This cannot be empty',
  'validation.tooLong': 'This must be {max} characters or fewer',
  'validation.tooShort': 'This must be at least {min} characters',
  'validation.tooMany': 'You can have up to {max} of these',
  'validation.wrongType': 'This is not the right kind of value',
  'validation.unknownField': 'This field is not allowed: {keys}',
  'validation.email': 'Enter an email address in the right format, like name@example.com',
  'validation.date': 'Enter a real date, like 2024-03-28',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'validation.choice': 'Choose one of the options',
  'validation.id': 'This is not a valid reference',
  'validation.invalid': 'This value is not valid',
  'validation.unstorableText':
    'This contains a hidden or broken character that cannot be saved. Remove it and try again.',

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
  'time.oneSecond': '1 second',
  'time.seconds': '{n} seconds',
  'time.oneMinute': '1 minute',
  'time.minutes': '{n} minutes',

  'field.email': 'Email address',
  'field.password': 'Password',
  'field.displayName': 'Your name',
  'field.displayName.hint':
    'What you would like to be called. It does not have to be your full name.',
  'field.password.hint': 'At least 12 characters. A few random words together work well.',

  'auth.signUp.title': 'Create your Waymark account',
  'auth.signUp.intro':
    'Waymark is your own recovery record. You decide what goes in it and who sees it.',
  'auth.signUp.submit': 'Create account',
  'auth.signUp.haveAccount': 'Already have an account?',
  'auth.signIn.title': 'Sign in to Waymark',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.noAccount': 'New to Waymark?',
  'quickExit.button': 'Exit this page',
  'quickExit.shiftHint': 'or press Shift 3 times',
  'quickExit.oneMorePress': 'Shift, press 1 more time to exit this page',
  'safety.title': 'Using Waymark safely',
  'safety.quickExit':
    'If someone may see your screen, use “Exit this page” at the top of every page, or press the Shift key 3 times. Waymark is replaced at once by an everyday website. You stay signed in, so you can come back quickly.',
  'safety.back':
    'The Back button then goes to the page you were on before Waymark. Waymark pages may still be in this browser’s history list.',
  'safety.private':
    'On a device someone else uses, open Waymark in a private or incognito window. When you close it, the browser forgets the pages you visited.',
  'safety.history':
    'Otherwise, sign out when you finish and clear this browser’s history for Waymark. Search the browser’s help for “clear browsing history” to find out how.',
  'auth.signedOut': 'You have signed out.',
  'auth.signOutFailed': 'We could not sign you out. Check your connection and try again.',

  'home.title': 'My recovery',
  'home.greeting': 'Hello, {name}',
  'home.aboutMeLine': 'In your words: “{text}”',
  'home.aboutMePrompt':
    'What matters to me, what I am good at, and how people can help me: in my own words.',
  'home.goalsTitle': 'My goals',
  'home.noGoals': 'You have not added any goals yet. What would you like to work towards?',
  'home.nextStep': 'Next step: {step}',
  'home.noNextStep': 'No steps left. Add one, or mark the goal achieved.',
  'home.linksTitle': 'My record',
  'home.aboutMeLink': 'Read or change About me',
  'home.aboutMeStart': 'Write about me',
  'home.allGoals': 'See all my goals',

  'aboutMe.title': 'About me',
  'aboutMe.intro':
    'Write in your own words. Nobody else can see this unless you choose to share it.',
  'aboutMe.strengths': 'My strengths',
  'aboutMe.strengths.hint':
    'For example: "I am a good listener", "I keep going when things are hard".',
  'aboutMe.values': 'What I value',
  'aboutMe.values.hint': 'For example: honesty, my faith, being a good parent.',
  'aboutMe.whatMatters': 'What matters to me',
  'aboutMe.whatMatters.hint': 'The people, places and things that make life worth living for you.',
  'aboutMe.identity': 'Who I am',
  'aboutMe.identity.hint': 'How you describe yourself, in any words you like.',
  'aboutMe.culture': 'My culture, faith and community',
  'aboutMe.culture.hint':
    'Anything about your background, beliefs or community that you want people to know.',
  'aboutMe.whenWell': 'What I am like when I am well',
  'aboutMe.whenWell.hint':
    'For example: "I get up early, see my sister on Sundays and cook for friends".',
  'aboutMe.howToSupportMe': 'How people can best support me',
  'aboutMe.howToSupportMe.hint':
    'For example: "Give me time to answer", "Text before you call", "Sit with me rather than give advice".',
  'aboutMe.empty':
    'You have not written anything here yet. Start with whatever feels easiest. You can leave any box empty.',
  'aboutMe.lastSaved': 'Last saved {when}.',

  'record.save': 'Save',
  'record.saving': 'Saving…',
  'record.savedAt': 'Saved at {time}',
  'record.history': 'See earlier versions',
  'record.cancel': 'Cancel',
  'record.undo': 'Undo',
  'record.deletedWhen': '(deleted {when})',
  'record.deletedLoadFailed':
    'Sorry, we could not load what you deleted recently. Check your connection and try again.',

  'conflict.title': 'This changed somewhere else',
  'conflict.body':
    'Someone (maybe you, in another tab or device) saved a newer version while you were editing. Nothing has been overwritten. Compare the two and choose what to keep.',
  'conflict.yours': 'Your version (not saved)',
  'conflict.saved': 'The saved version (changed {when})',
  'conflict.keepMine': 'Save my version instead',
  'conflict.keepSaved': 'Use the saved version',
  'conflict.savedNoDate': 'The saved version',
  'conflict.empty': 'Nothing written',
  'conflict.usingSaved': 'You are now looking at the saved version.',

  'history.title': 'Earlier versions of {name}',
  'history.intro':
    'Every change is kept. You can bring back an earlier version: it is saved as a new version, so nothing is lost.',
  'history.version': 'Version {version}',
  'history.when': 'Saved {when}',
  'history.by': 'Written by {author}',
  'history.agreedBy': 'Agreed by {author}',
  'history.you': 'you',
  'history.restore': 'Bring back version {version}',
  'history.restored': 'Version {version} is back. It was saved as a new version.',
  'history.current': 'This is the current version',
  'history.action.create': 'Created',
  'history.action.update': 'Changed',
  'history.action.delete': 'Deleted',
  'history.action.restore': 'Brought back',
  'history.empty': 'Nothing has been saved yet.',
  'history.goalName': '“{title}”',
  'history.showWords': 'What version {version} said',
  'history.someoneElse': 'someone else',
  'history.role.person': 'the person',
  'history.role.supporter': 'a supporter',
  'history.role.practitioner': 'a practitioner',
  'history.changed':
    'This changed somewhere else, so the list has been updated. Check it and try again.',
  'history.back': 'Back to {name}',

  'goals.title': 'My goals',
  'goals.intro': 'Goals in your own words, grouped by the parts of life they belong to.',
  'goals.add': 'Add a goal',
  'goals.none': 'You have not added any goals yet. What would you like to work towards?',
  'goals.noArea': 'Not linked to a life area',
  'goals.manageAreas': 'Change my life areas',
  'goals.deletedTitle': 'Recently deleted goals',
  'goals.deletedIntro': 'You can bring these back.',
  'goals.undelete': 'Bring back “{title}”',
  'goals.deleted': 'Goal “{title}” deleted.',
  'goals.undo': 'Undo',
  'goals.restored': 'Goal “{title}” is back.',
  'goals.stepsDone': '{done} of {total} steps done',

  'goal.new.title': 'Add a goal',
  'goal.edit.title': 'Change this goal',
  'goal.title': 'Goal',
  'goal.save': 'Save goal',
  'goal.field.title': 'What do you want to work towards?',
  'goal.field.title.hint': 'In your own words. For example: "Get back to swimming once a week".',
  'goal.field.why': 'Why this matters to me (optional)',
  'goal.field.why.hint': 'For example: "I feel calmer when I have been in the water".',
  'goal.field.lifeArea': 'Life area',
  'goal.field.lifeArea.hint': 'The part of your life this goal belongs to.',
  'goal.field.lifeArea.none': 'None',
  'goal.field.whoHelps': 'Who helps (optional)',
  'goal.field.whoHelps.hint': 'People, groups or services that help with this goal.',
  'goal.field.targetDate': 'By when (optional)',
  'goal.field.targetDate.hint': 'For example, 2027-03-28. Leave it empty if there is no date.',
  'goal.field.targetDate.pickerHint': 'Leave it empty if there is no date.',
  'goal.field.status': 'How is it going?',
  'goal.status.not_started': 'Not started',
  'goal.status.in_progress': 'Working on it',
  'goal.status.achieved': 'Achieved',
  'goal.status.paused': 'Paused',
  'goal.status.stopped': 'Stopped',
  'goal.targetDate': 'By {date}',
  'goal.whoHelps': 'Who helps: {text}',
  'goal.why': 'Why it matters: {text}',
  'goal.achieved': 'You achieved this goal. Well done for getting here.',
  'goal.steps.title': 'Steps',
  'goal.steps.none': 'No steps yet. Small steps make a goal easier to start.',
  'goal.steps.add': 'Add a step',
  'goal.steps.new': 'New step',
  'goal.steps.done': 'Done',
  'goal.steps.remove': 'Remove step “{text}”',
  'goal.steps.hint':
    'Tick a step when you have done it. Put them in the order you want with Move up and Move down.',
  'goal.steps.new.hint':
    'One small thing you can do. For example: "Find out when the pool is quiet".',
  'goal.steps.moveUp': 'Move up',
  'goal.steps.moveDown': 'Move down',
  'goal.steps.removeShort': 'Remove',
  'goal.steps.which': 'step “{text}”',
  'goal.steps.doneLine': '{text} (done)',
  'goal.steps.removed': 'Step “{text}” removed.',
  'goal.steps.restored': 'Step “{text}” is back.',
  'goal.steps.notRestored': 'The step was not put back. See the message on this page.',
  'goal.notes.title': 'Progress notes',
  'goal.notes.none': 'No notes yet.',
  'goal.notes.add': 'Add a note',
  'goal.notes.date': 'Date',
  'goal.notes.text': 'What happened',
  'goal.notes.text.hint': 'What you did, how it went, or what you learned.',
  'goal.notes.added': 'Note for {date} added.',
  'goal.notes.deleted': 'Note from {date} deleted.',
  'goal.notes.restored': 'Note from {date} is back.',
  'goal.notes.changed':
    'This note changed somewhere else. The notes have been updated: check them and try again.',
  'goal.notes.delete': 'Delete note from {date}',
  'goal.delete': 'Delete this goal',
  'goal.delete.confirm': 'Delete “{title}”? You can bring it back from the goals page.',
  'goal.delete.yes': 'Yes, delete it',
  'goal.edit': 'Change goal',
  'goal.summary.targetDate': 'By when',
  'goal.summary.whoHelps': 'Who helps',
  'goal.summary.why': 'Why it matters',
  'goal.manageTitle': 'Earlier versions and deleting',
  'goal.changedElsewhere':
    'This goal changed somewhere else, so it was not deleted. Check the goal as it is now and try again.',

  'areas.title': 'My life areas',
  'areas.intro':
    'These are the parts of your life your goals belong to. Rename them, add your own, or remove ones that do not fit.',
  'areas.name': 'Name of life area',
  'areas.rename': 'Rename',
  'areas.remove': 'Remove “{name}”',
  'areas.removed': 'Life area “{name}” removed.',
  'areas.add': 'Add a life area',
  'areas.newName': 'New life area',
  'areas.newName.hint': 'For example: faith, family, community, money.',
  'areas.listTitle': 'Your life areas',
  'areas.nameFor': 'New name for “{name}”',
  'areas.removeShort': 'Remove',
  'areas.added': 'Life area “{name}” added.',
  'areas.renamed': 'Renamed to “{name}”.',
  'areas.restored': 'Life area “{name}” is back.',
  'areas.none': 'You have no life areas at the moment. Add the parts of life that matter to you.',
  'areas.backToGoals': 'Back to my goals',

  'lifeArea.default.home': 'Home and where I live',
  'lifeArea.default.money': 'Money',
  'lifeArea.default.work': 'Work, learning and volunteering',
  'lifeArea.default.relationships': 'Friends and relationships',
  'lifeArea.default.family': 'Family',
  'lifeArea.default.body': 'Physical health',
  'lifeArea.default.mind': 'Mental health and wellbeing',
  'lifeArea.default.safety': 'Feeling safe',
  'lifeArea.default.leisure': 'Things I enjoy',

  'demo.banner': 'Demo accounts (fictional people):',
  ...enGBPlans,
  ...enGBCheckins,
  ...enGBCheckinsWeb,
  ...enGBMeasures,
  ...enGBUnreadable,
  ...enGBSharingWeb,
  ...enGBGrants,
} as const;

/** Every key: the catalogue's, and those of features that register their words on demand. */
export type MessageKey =
  | keyof typeof enGB
  | keyof typeof enGBInvitations
  | keyof typeof enGBAccessLog
  | keyof typeof enGBAccessLogSuggestions
  | keyof typeof enGBDrafts
  | keyof typeof enGBDates
  | keyof typeof enGBDeviceCopy
  | keyof typeof enGBSession
  | keyof typeof enGBProgress
  | keyof typeof enGBWelcome
  | keyof typeof enGBCollaboration
  | keyof typeof enGBSettings
  | keyof typeof enGBPlansWeb
  | keyof typeof enGBCrisisLines
  | keyof typeof enGBCrisisLinePresets
  | keyof typeof enGBNetworkWeb
  | keyof typeof enGBDeviceEmergency
  | keyof typeof enGBAccountSecurity
  | keyof typeof enGBEmergencyLinks
  | keyof typeof enGBMeasuresAbout
  | keyof typeof enGBFolds
  | keyof typeof enGBFramings
  | keyof typeof enGBSuggestions
  | keyof typeof enGBSuggestLink
  | keyof typeof enGBAgreedLine
  | keyof typeof enGBNotifications
  | keyof typeof enGBSupporterSpace
  | keyof typeof enGBSupporting;
