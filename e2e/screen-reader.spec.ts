import { expect, test } from '@playwright/test';
import { waitForHydration } from './support/site';

// What a screen reader meets on a release page, in order: landmarks, headings,
// link names and targets, dates. `/children: equal` makes every list exact, so
// any change to what is announced fails here and shows up in review.

test('release page, Chinese', async ({ page }) => {
  await page.goto('/press/fixture-rich');
  await waitForHydration(page, '切換深色/淺色模式');
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - /children: equal
    - link "跳到主要內容區塊":
      - /url: "#C"
    - banner:
      - link "上方功能區塊":
        - /url: "#U"
        - text: ":::"
      - link "數位發展部":
        - /url: /
      - navigation "主選單":
        - list:
          - listitem:
            - link "首頁":
              - /url: /
          - listitem:
            - link "新聞稿":
              - /url: /press
      - link "網站導覽":
        - /url: /site-map
      - paragraph:
        - link "English":
          - /url: /en/press/fixture-rich
      - button "切換深色/淺色模式" [pressed=false]
      - group "文字大小":
        - text: 文字大小
        - button "小" [pressed=false]
        - button "中" [pressed]
        - button "大" [pressed=false]
    - main:
      - link "中央內容區塊":
        - /url: "#C"
        - text: ":::"
      - navigation "導覽路徑":
        - list:
          - listitem:
            - link "首頁":
              - /url: /
          - listitem:
            - link "新聞稿":
              - /url: /press
          - listitem: 測試新聞稿：圖片與格式
      - article:
        - heading "測試新聞稿：圖片與格式" [level=1]
        - term: 發布日期
        - definition:
          - time: 2024年1月17日（民國113年1月17日）
        - term: 更新日期
        - definition:
          - time: 2024年2月1日（民國113年2月1日）
        - term: 發布單位
        - definition: 測試單位
        - paragraph: 這是自動化測試用的虛構資料，包含各種 Markdown 格式，例如外文詞語Test Phrase。
        - heading "內文標題會降為第二層" [level=2]
        - list:
          - listitem: 第一點
          - listitem: 第二點
        - paragraph:
          - link "外部連結":
            - /url: https://example.org/
          - text: 、危險連結。
        - region "相關圖片":
          - heading "相關圖片" [level=2]
          - figure "圖示說明（測試）":
            - img "測試用的網站圖示"
            - text: 圖示說明（測試）
    - contentinfo:
      - link "下方功能區塊":
        - /url: "#Z"
        - text: ":::"
      - paragraph: 數位發展部
      - list:
        - listitem:
          - link "網站導覽":
            - /url: /site-map
        - listitem:
          - link "無障礙聲明":
            - /url: /accessibility
      - paragraph: 本網站新聞稿以 CC0 釋出，不保留著作權。
      - paragraph:
        - link "回到頁首":
          - /url: "#top"
    - alert
  `);
});

test('release page, English', async ({ page }) => {
  await page.goto('/en/press/fixture-rich');
  await waitForHydration(page, 'Toggle Dark/Light Mode');
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - /children: equal
    - link "To the central content area":
      - /url: "#C"
    - banner:
      - link "Top function area":
        - /url: "#U"
        - text: ":::"
      - link "Ministry of Digital Affairs":
        - /url: /en
      - navigation "Main menu":
        - list:
          - listitem:
            - link "Home":
              - /url: /en
          - listitem:
            - link "Press releases":
              - /url: /en/press
      - link "Site map":
        - /url: /en/site-map
      - paragraph:
        - link "中文":
          - /url: /press/fixture-rich
      - button "Toggle Dark/Light Mode" [pressed=false]
      - group "Text size":
        - text: Text size
        - button "Small" [pressed=false]
        - button "Medium" [pressed]
        - button "Large" [pressed=false]
    - main:
      - link "Central content area":
        - /url: "#C"
        - text: ":::"
      - navigation "Breadcrumb":
        - list:
          - listitem:
            - link "Home":
              - /url: /en
          - listitem:
            - link "Press releases":
              - /url: /en/press
          - listitem: "Test fixture: images and formatting"
      - article:
        - 'heading "Test fixture: images and formatting" [level=1]'
        - term: Published
        - definition:
          - time: January 17, 2024
        - term: Updated
        - definition:
          - time: February 1, 2024
        - term: Issued by
        - definition: Test Unit
        - paragraph: "This is made-up data for automated tests, with Markdown formatting and a phrase in Chinese: 測試用語."
        - heading "A heading in the body becomes a second-level heading" [level=2]
        - list:
          - listitem: First point
          - listitem: Second point
        - paragraph:
          - link "An external link":
            - /url: https://example.org/
          - text: ", a dangerous link."
        - region "Relevant images":
          - heading "Relevant images" [level=2]
          - figure "Icon caption (test)":
            - img "The site icon, used as a test image"
            - text: Icon caption (test)
    - contentinfo:
      - link "Bottom function area":
        - /url: "#Z"
        - text: ":::"
      - paragraph: Ministry of Digital Affairs
      - list:
        - listitem:
          - link "Site map":
            - /url: /en/site-map
        - listitem:
          - link "Accessibility statement":
            - /url: /en/accessibility
      - paragraph: "Press releases on this site are published under CC0: no copyright reserved."
      - paragraph:
        - link "Go Top":
          - /url: "#top"
    - alert
  `);
});
