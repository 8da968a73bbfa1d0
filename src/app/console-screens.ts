// The console's screens, one chunk loaded after sign-in (see lazy-screens.tsx).
export { ConsoleLayout } from './console-layout';
export { HomeRoute } from '../routes/home';
export { ProfileSettingsRoute } from '../routes/profile-settings';
