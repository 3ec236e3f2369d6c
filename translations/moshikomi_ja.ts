<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplicationRules</name>
    <message>
        <source>This field is required.</source>
        <translation>必須項目です。入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>長すぎます。%n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an address like name@example.co.jp.</source>
        <translation>name@example.co.jp の形式でメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The two email addresses are not the same.</source>
        <translation>メールアドレスが一致しません。</translation>
    </message>
    <message>
        <source>Enter 7 digits, with or without a hyphen (e.g. 733-0001).</source>
        <translation>郵便番号は数字7桁で入力してください（ハイフンは任意。例: 733-0001）。</translation>
    </message>
    <message>
        <source>Choose a prefecture from the list.</source>
        <translation>都道府県を一覧から選択してください。</translation>
    </message>
    <message>
        <source>Enter 10 or 11 digits starting with 0, without hyphens.</source>
        <translation>電話番号は 0 から始まる10桁または11桁の数字で、ハイフン無しで入力してください。</translation>
    </message>
    <message>
        <source>Enter 11 digits starting with 070, 080 or 090, without hyphens.</source>
        <translation>携帯番号は 070・080・090 から始まる11桁の数字で、ハイフン無しで入力してください。</translation>
    </message>
    <message>
        <source>Choose from 1 to 10 units.</source>
        <translation>台数は 1〜10 台で選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>At most 10 units in total; these destinations add up to %n.</source>
        <translation>
            <numerusform>台数は合計 10 台までです（現在 %n 台）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>送付先を 1 件以上入力してください。</translation>
    </message>
    <message>
        <source>At most 10 destinations.</source>
        <translation>送付先は 10 件までです。</translation>
    </message>
    <message>
        <source>Enter at least one login user.</source>
        <translation>ログインユーザを 1 人以上入力してください。</translation>
    </message>
    <message>
        <source>At most 3 login users.</source>
        <translation>ログインユーザは 3 人までです。</translation>
    </message>
    <message>
        <source>Another login user already has this email address.</source>
        <translation>このメールアドレスは他のログインユーザで使われています。</translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation>値の型が正しくありません。</translation>
    </message>
    <message>
        <source>The application id must be a version 4 UUID.</source>
        <translation>申込みIDはバージョン4のUUIDである必要があります。</translation>
    </message>
    <message>
        <source>Enter a date and time in RFC 3339 form (e.g. 2026-11-25T08:15:00Z).</source>
        <translation>日時は RFC 3339 形式で指定してください（例: 2026-11-25T08:15:00Z）。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>The request is not well-formed JSON.</source>
        <translation>リクエストが正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>This value does not have the expected form.</source>
        <translation>入力形式が正しくありません。</translation>
    </message>
    <message>
        <source>This value is below the minimum of %1.</source>
        <translation>%1 以上の値を入力してください。</translation>
    </message>
    <message>
        <source>This value is above the maximum of %1.</source>
        <translation>%1 以下の値を入力してください。</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <translation>%1 以降の日付を選択してください。</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <translation>%1 以前の日付を選択してください。</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>一覧の中から選択してください。</translation>
    </message>
    <message>
        <source>This field is not part of the form.</source>
        <translation>この項目は入力フォームにありません。</translation>
    </message>
    <message>
        <source>This version of the additional information form is not known.</source>
        <translation>この版の追加情報フォームは登録されていません。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数で入力してください。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>入力内容が正しくありません。</translation>
    </message>
</context>
<context>
    <name>LocalQueue</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Awaiting customer confirmation</source>
        <translation>お客様の確認待ち</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Provisionally registered</source>
        <translation>仮登録完了</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>問題通知済み</translation>
    </message>
    <message>
        <source>Rejected: needs correction</source>
        <translation>差し戻し（要修正）</translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened.</source>
        <translation>ローカルデータベース %1 を開けません。</translation>
    </message>
    <message>
        <source>The disk is full: the application could not be saved. Free some space; what you typed is still on screen.</source>
        <translation>ディスクの空き容量が不足しているため、申込みを保存できませんでした。空き容量を確保してください。入力内容は画面に残っています。</translation>
    </message>
    <message>
        <source>The local database %1 is read-only: nothing can be saved.</source>
        <translation>ローカルデータベース %1 は読み取り専用のため、保存できません。</translation>
    </message>
    <message>
        <source>The local database is in use by another program. Close the other Moshikomi window and try again.</source>
        <translation>ローカルデータベースが他のプログラムで使用中です。他の Moshikomi のウィンドウを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The local database %1 is damaged.</source>
        <translation>ローカルデータベース %1 が破損しています。</translation>
    </message>
    <message>
        <source>The local database %1 could not be read or written.</source>
        <translation>ローカルデータベース %1 の読み書きができませんでした。</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Moshikomi. Update Moshikomi to open it.</source>
        <translation>ローカルデータベースは新しいバージョンの Moshikomi で作成されています。Moshikomi を更新してから開いてください。</translation>
    </message>
    <message>
        <source>This application is not in the local database.</source>
        <translation>この申込みはローカルデータベースにありません。</translation>
    </message>
    <message>
        <source>This application cannot change to that state now.</source>
        <translation>この申込みは現在その状態に変更できません。</translation>
    </message>
    <message>
        <source>This application has already been queued and can no longer be edited.</source>
        <translation>この申込みは送信待ちに登録済みのため、編集できません。</translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation>ローカルデータベースでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>MoshikomiApp</name>
    <message>
        <source>Moshikomi</source>
        <translation>Moshikomi</translation>
    </message>
    <message>
        <source>The local database was damaged. It has been moved aside to %1 and a new, empty one was created. Nothing was deleted; ask support to recover the old file.</source>
        <translation>ローカルデータベースが破損していたため、%1 に退避し、新しい空のデータベースを作成しました。削除されたデータはありません。元のファイルの復旧はサポートにご依頼ください。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>(no company name yet)</source>
        <translation>（会社名未入力）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <source>Moshikomi — applications</source>
        <translation>Moshikomi — 申込み一覧</translation>
    </message>
    <message>
        <source>Applications in the local queue</source>
        <translation>ローカルに保存された申込み</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申込み</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新しい申込み(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new application (%1)</source>
        <translation>新しい申込みを開始します（%1）</translation>
    </message>
</context>
</TS>
