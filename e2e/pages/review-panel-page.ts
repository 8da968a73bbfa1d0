import { expect, type Locator, type Page } from '@playwright/test';
import { faultsResponseSchema, mockPaths, type Faults } from '#src/api/mock-control';
import { firstMove } from '../support/first-move';

type Language = 'en' | 'zh-CN';

const text = {
  en: {
    open: /^Open the review tools/,
    title: 'Review tools',
    close: 'Close the review tools',
    hint: 'This is a demo',
    strip: 'Review tools',
    showAccounts: 'Show accounts',
  },
  'zh-CN': {
    open: /^打开评审工具/,
    title: '评审工具',
    close: '关闭评审工具',
    hint: '这是一个演示',
    strip: '评审工具',
    showAccounts: '查看账户',
  },
} as const;

/** The review tools (mock mode only): the demo strip above the app, panel, demo hint on sign-in. */
export class ReviewPanelPage {
  private readonly text: (typeof text)[Language];

  constructor(
    private readonly page: Page,
    language: Language = 'en',
  ) {
    this.text = text[language];
  }

  get openButton(): Locator {
    return this.page.getByRole('button', { name: this.text.open });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text.title });
  }

  get closeButton(): Locator {
    return this.dialog.getByRole('button', { name: this.text.close });
  }

  get hint(): Locator {
    return this.page.getByRole('complementary', { name: this.text.hint });
  }

  /** The strip above the app: "Demo", the way to the demo accounts, the button that opens the panel. */
  get strip(): Locator {
    return this.page.getByRole('complementary', { name: this.text.strip, exact: true });
  }

  get showAccounts(): Locator {
    return this.strip.getByRole('button', { name: this.text.showAccounts, exact: true });
  }

  tab(name: string): Locator {
    return this.dialog.getByRole('tab', { name, exact: true });
  }

  hintButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The tools mount once the simulated backend runs. */
  /** The tools arrive with the simulated backend, at the visitor's first move. */
  async ready(): Promise<void> {
    await firstMove(this.page);
    await expect(this.openButton).toBeVisible();
  }

  async pressShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyD');
  }

  async open(section?: string): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.openButton.click();
    await expect(this.dialog).toBeVisible();
    if (section) await this.tab(section).click();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** The code the virtual authenticator shows for `email`, digits only. */
  async authenticatorCode(email: string): Promise<string> {
    const entry = this.dialog.getByRole('listitem', { name: email });
    const shown = (await entry.getByRole('code').textContent()) ?? '';
    return shown.replace(/\s/g, '');
  }

  /** Codes in the mailbox section, newest first, once it has loaded at least one. */
  async mailboxCodes(): Promise<string[]> {
    const codes = this.dialog.getByRole('listitem').getByRole('code');
    await expect(codes.first()).toBeVisible();
    return (await codes.allTextContents()).map((code) => code.trim());
  }

  /** The offline switch, once the panel has read the fault switch. */
  async offline(): Promise<Locator> {
    const checkbox = this.dialog.getByRole('checkbox', { name: /Offline|离线/ });
    await expect(checkbox).toBeEnabled();
    return checkbox;
  }

  /** Waits until the simulated backend's fault switch holds what the network section set. */
  async expectFaults(expected: Faults): Promise<void> {
    await expect
      .poll(async () =>
        faultsResponseSchema.parse(
          await this.page.evaluate(async (path) => (await fetch(path)).json(), mockPaths.faults),
        ),
      )
      .toEqual(expected);
  }

  /** Whether focus is inside the panel. */
  async holdsFocus(): Promise<boolean> {
    return this.dialog.evaluate((dialog) => dialog.contains(document.activeElement));
  }
}
