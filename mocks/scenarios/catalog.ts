/**
 * The named states designers and QA open with one link. This file is the light-weight list
 * (names, flows, titles) that the review panel, the gallery and the e2e check read; how each state
 * is built lives in `setups/`, server side, through the same domain functions as the handlers.
 */
export const scenarioFlows = [
  'sign-in',
  'email-challenge',
  'totp-challenge',
  'console',
  'profile',
  'enrollment',
  'dialogs',
  'session',
  'network',
  'other',
  'passwords',
] as const;
export type ScenarioFlow = (typeof scenarioFlows)[number];

export type ScenarioEntry = {
  name: string;
  flow: ScenarioFlow;
  title: { en: string; 'zh-CN': string };
};

const entry = <Name extends string>(name: Name, flow: ScenarioFlow, en: string, zh: string) => ({
  name,
  flow,
  title: { en, 'zh-CN': zh },
});

export const scenarioCatalog = [
  entry('sign-in', 'sign-in', 'Sign-in, empty', '登录（空白）'),
  entry('sign-in-wrong-password', 'sign-in', 'Sign-in, wrong password', '登录（密码错误）'),
  entry('sign-in-throttled', 'sign-in', 'Sign-in, throttled', '登录（尝试过多，需等待）'),
  entry('sign-in-locked', 'sign-in', 'Sign-in, account locked', '登录（账户已锁定）'),
  entry('email-challenge', 'email-challenge', 'Email code, fresh', '电子邮件验证（新验证码）'),
  entry(
    'email-wrong-code',
    'email-challenge',
    'Email code, wrong code',
    '电子邮件验证（验证码错误）',
  ),
  entry(
    'email-resend-cooldown',
    'email-challenge',
    'Email code, resent (cooldown)',
    '电子邮件验证（已重发，冷却中）',
  ),
  entry(
    'email-expired',
    'email-challenge',
    'Email code, attempt expired',
    '电子邮件验证（登录尝试已过期）',
  ),
  entry('totp-challenge', 'totp-challenge', 'MFA code, fresh', 'MFA 验证（新验证码）'),
  entry('totp-wrong-code', 'totp-challenge', 'MFA code, wrong code', 'MFA 验证（验证码错误）'),
  entry(
    'totp-replayed-code',
    'totp-challenge',
    'MFA code, code already used',
    'MFA 验证（验证码已使用）',
  ),
  entry(
    'totp-clock-skew',
    'totp-challenge',
    'MFA code, device clock ahead',
    'MFA 验证（设备时钟偏快）',
  ),
  entry('totp-throttled', 'totp-challenge', 'MFA code, throttled', 'MFA 验证（尝试过多，需等待）'),
  entry(
    'totp-recovery-code',
    'totp-challenge',
    'MFA code, recovery-code path',
    'MFA 验证（使用恢复码）',
  ),
  entry('console-mfa-off', 'console', 'Console home, MFA off', '控制台首页（MFA 已禁用）'),
  entry('console-mfa-on', 'console', 'Console home, MFA on', '控制台首页（MFA 已启用）'),
  entry('profile-mfa-off', 'profile', 'Profile settings, MFA off', '个人资料设置（MFA 已禁用）'),
  entry('profile-mfa-on', 'profile', 'Profile settings, MFA on', '个人资料设置（MFA 已启用）'),
  entry(
    'profile-one-recovery-code',
    'profile',
    'Profile settings, one recovery code left',
    '个人资料设置（仅剩一个恢复码）',
  ),
  entry(
    'profile-two-recovery-codes',
    'profile',
    'Profile settings, two recovery codes left',
    '个人资料设置（仅剩两个恢复码）',
  ),
  entry(
    'enroll-intro',
    'enrollment',
    'Assign authenticator app, step 1',
    '分配身份验证应用（第 1 步）',
  ),
  entry(
    'enroll-scan',
    'enrollment',
    'Assign authenticator app, step 2 (QR code and key)',
    '分配身份验证应用（第 2 步，二维码和密钥）',
  ),
  entry(
    'enroll-verify',
    'enrollment',
    'Assign authenticator app, step 3 (enter code)',
    '分配身份验证应用（第 3 步，输入验证码）',
  ),
  entry(
    'enroll-wrong-code',
    'enrollment',
    'Assign authenticator app, wrong code',
    '分配身份验证应用（验证码错误）',
  ),
  entry(
    'enroll-expired-key',
    'enrollment',
    'Assign authenticator app, expired key replaced',
    '分配身份验证应用（密钥已过期并更换）',
  ),
  entry(
    'enable-choice',
    'enrollment',
    'Enable MFA: app, or security key / passkey',
    '启用 MFA（身份验证应用，或安全密钥 / 通行密钥）',
  ),
  entry(
    'enroll-recovery-codes',
    'enrollment',
    'Assign authenticator app, recovery codes',
    '分配身份验证应用（恢复码）',
  ),
  entry(
    'profile-factors',
    'profile',
    'Second factors: two apps and a passkey',
    '验证方式（两个身份验证应用和一个通行密钥）',
  ),
  entry('profile-factors-loading', 'profile', 'Second factors, loading', '验证方式（加载中）'),
  entry(
    'factor-add-reauth',
    'dialogs',
    'Add authenticator app, confirm identity',
    '添加身份验证应用（确认身份）',
  ),
  entry('factor-add-scan', 'dialogs', 'Add authenticator app, scan', '添加身份验证应用（扫描）'),
  entry('factor-naming', 'dialogs', 'Add authenticator app, name it', '添加身份验证应用（命名）'),
  entry(
    'profile-keys',
    'profile',
    'Second factors: app, passkey, security key',
    '验证方式（应用、通行密钥、安全密钥）',
  ),
  entry(
    'key-challenge',
    'totp-challenge',
    'MFA, security key offered first',
    'MFA 验证（优先使用安全密钥）',
  ),
  entry(
    'key-only-challenge',
    'totp-challenge',
    'MFA, security keys only',
    'MFA 验证（仅安全密钥）',
  ),
  entry('disable-dialog', 'dialogs', 'Disable MFA dialog', '禁用 MFA 对话框'),
  entry('disable-wrong-password', 'dialogs', 'Disable MFA, wrong password', '禁用 MFA（密码错误）'),
  entry('disable-wrong-code', 'dialogs', 'Disable MFA, wrong code', '禁用 MFA（验证码错误）'),
  entry('regenerate-dialog', 'dialogs', 'Regenerate recovery codes dialog', '重新生成恢复码对话框'),
  entry(
    'regenerate-wrong-code',
    'dialogs',
    'Regenerate recovery codes, wrong code',
    '重新生成恢复码（验证码错误）',
  ),
  entry(
    'regenerate-new-codes',
    'dialogs',
    'Regenerate recovery codes, new codes shown',
    '重新生成恢复码（显示新恢复码）',
  ),
  entry('session-ended', 'session', 'Session ended, back at sign-in', '会话已结束，返回登录'),
  entry('network-failure', 'network', 'Network failure on sign-in', '登录时网络故障'),
  entry('slow-response', 'network', 'Slow response on sign-in', '登录时响应缓慢'),
  entry('not-found', 'other', 'Page not found', '找不到页面'),
  entry(
    'sessions-several',
    'profile',
    'Where you are signed in: a phone and an old laptop',
    '登录设备（一部手机和一台旧笔记本电脑）',
  ),
  entry(
    'sessions-only-this-device',
    'profile',
    'Where you are signed in: this device only',
    '登录设备（仅当前设备）',
  ),
  entry(
    'session-ended-elsewhere',
    'session',
    'Signed out from another device, back at sign-in',
    '已在其他设备上退出登录，返回登录',
  ),
  entry('secure-account', 'session', "This wasn't me: secure your account", '不是我：保护您的账户'),
  entry('activity-log', 'console', 'Security activity, a usual week', '安全日志（一周的记录）'),
  entry(
    'activity-long',
    'console',
    'Security activity, 10,000 events',
    '安全日志（10,000 条记录）',
  ),
  entry(
    'activity-new-device',
    'console',
    'Security activity, sign-in from a new device',
    '安全日志（新设备登录）',
  ),
  entry('activity-empty', 'console', 'Security activity, empty', '安全日志（无记录）'),
  entry(
    'lost-access-help',
    'totp-challenge',
    'Lost access to the authenticator: recovery codes and account recovery',
    '无法使用验证方式（恢复码与账户恢复）',
  ),
  entry(
    'recovery-code-sent',
    'totp-challenge',
    'Account recovery requested, email code sent',
    '已申请账户恢复（已发送电子邮件验证码）',
  ),
  entry(
    'recovery-requested',
    'totp-challenge',
    'Account recovery requested, the waiting period started',
    '已申请账户恢复（等待期已开始）',
  ),
  entry(
    'recovery-pending-banner',
    'console',
    'Account recovery pending, banner in the console',
    '账户恢复待处理（控制台横幅）',
  ),
  entry(
    'recovery-cancelled',
    'console',
    'Account recovery cancelled ("This wasn\'t me")',
    '已取消账户恢复（“不是我本人”）',
  ),
  entry(
    'recovery-completed',
    'console',
    'Account recovery completed, set up MFA again',
    '账户恢复已完成（请重新启用 MFA）',
  ),
  entry('forgot-password', 'passwords', 'Forgot password, email form', '忘记密码（填写电子邮箱）'),
  entry('reset-link-sent', 'passwords', 'Forgot password, link sent', '忘记密码（已发送链接）'),
  entry('reset-password', 'passwords', 'Reset password, new password', '重置密码（设置新密码）'),
  entry(
    'reset-password-refused',
    'passwords',
    'Reset password, common password refused',
    '重置密码（常见密码被拒绝）',
  ),
  entry('reset-link-expired', 'passwords', 'Reset link expired', '重置链接已过期'),
  entry('change-password', 'passwords', 'Change password dialog', '修改密码对话框'),
  entry(
    'factor-remove-sign-out',
    'dialogs',
    'Remove a second factor, also signing out the phone',
    '移除验证方式（同时退出手机上的会话）',
  ),
] as const satisfies readonly ScenarioEntry[];

export type ScenarioName = (typeof scenarioCatalog)[number]['name'];
export const scenarioNames = scenarioCatalog.map((scenario) => scenario.name) as [
  ScenarioName,
  ...ScenarioName[],
];

export type ReviewTheme = 'light' | 'dark';
export type ReviewLanguage = 'en' | 'zh-CN';

/** The link that opens a scenario: the README's address with `?scenario=` (and optional lang, theme). */
export function scenarioHref(
  name: ScenarioName,
  options: { lang?: ReviewLanguage; theme?: ReviewTheme } = {},
): string {
  const params = new URLSearchParams({ scenario: name });
  if (options.lang) params.set('lang', options.lang);
  if (options.theme) params.set('theme', options.theme);
  return `/?${params.toString()}`;
}
