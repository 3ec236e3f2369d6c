<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessibleComboBox</name>
    <message>
        <source>Opens the list to choose from</source>
        <translation>選択肢の一覧を開きます</translation>
    </message>
</context>
<context>
    <name>AdditionalInfoEditor</name>
    <message>
        <source>(choose)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <source>Required: choose one from the list.</source>
        <translation>必須項目です。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Not in the expected form: %1</source>
        <translation>入力形式が正しくありません（%1）。</translation>
    </message>
</context>
<context>
    <name>AdditionalInfoPage</name>
    <message>
        <source>Additional information</source>
        <translation>追加情報入力</translation>
    </message>
    <message>
        <source>Details this service needs for the application.</source>
        <translation>このサービスの申込みに必要な追加情報を入力してください。</translation>
    </message>
</context>
<context>
    <name>ApplicationContentView</name>
    <message>
        <source>Change…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <source>Back to step %1: %2</source>
        <translation>ステップ %1「%2」に戻ります</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を修正</translation>
    </message>
    <message>
        <source>%1 (total %2 / %3)</source>
        <translation>%1 台（合計 %2 / %3 台）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Destination %1 of %2</source>
        <translation>送付先 %1 / %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Login user %1 of %2</source>
        <translation>ログインユーザ %1 / %2</translation>
    </message>
    <message>
        <source>(postal code %1 is in %2)</source>
        <translation>（郵便番号 %1 は%2）</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date read back, Qt&apos;s format</comment>
        <translation>yyyy年M月d日（ddd）</translation>
    </message>
    <message>
        <source>(perhaps %1?)</source>
        <translation>（「%1」の誤りでは？）</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>（未入力）</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailDialog</name>
    <message>
        <source>confirmation request (申込み確認)</source>
        <translation>申込み確認</translation>
    </message>
    <message>
        <source>application completed (申込み完了)</source>
        <translation>申込み完了</translation>
    </message>
    <message>
        <source>provisional registration (仮登録完了通知)</source>
        <translation>仮登録完了通知</translation>
    </message>
    <message>
        <source>problem notice (問題通知)</source>
        <translation>問題通知</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>This application is no longer on this computer.</source>
        <translation>この申込みはこのコンピューターにはもうありません。</translation>
    </message>
    <message>
        <source>Application — %1</source>
        <translation>申込み — %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>直近のエラー: %1</translation>
    </message>
    <message>
        <source>The personal data of this application was removed from this computer after the retention period.</source>
        <translation>保存期間を過ぎたため、この申込みの個人情報はこのコンピューターから削除されました。</translation>
    </message>
    <message>
        <source>Application number: %1</source>
        <translation>申込み番号: %1</translation>
    </message>
    <message>
        <source>Mail sent: %1 to %2</source>
        <translation>メール送信: %1（宛先 %2）</translation>
    </message>
    <message>
        <source>Mail could not be delivered: %1 to %2</source>
        <translation>メールを配信できませんでした: %1（宛先 %2）</translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent</source>
        <translation>新しい確認リンクを送信しました</translation>
    </message>
    <message>
        <source>reported by the service</source>
        <translation>サービスからの通知</translation>
    </message>
    <message>
        <source>sent again after an interrupted send</source>
        <translation>中断された送信をやり直し</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>経過(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;What was entered</source>
        <translation>申込み内容(&amp;A)</translation>
    </message>
    <message>
        <source>What was entered was removed from this computer after the retention period.</source>
        <translation>保存期間を過ぎたため、入力内容はこのコンピューターから削除されました。</translation>
    </message>
    <message>
        <source>What was entered cannot be read on this computer.</source>
        <translation>入力内容をこのコンピューターで読み取れません。</translation>
    </message>
    <message>
        <source>Problem reported by the service: %1</source>
        <translation>サービスからの問題の連絡: %1</translation>
    </message>
    <message>
        <source>The service&apos;s operator reported a problem: %1</source>
        <translation>運用担当者が問題を通知: %1</translation>
    </message>
    <message>
        <source>Re&amp;use as new</source>
        <translation>複製して新規作成(&amp;U)</translation>
    </message>
    <message>
        <source>Start a new application with what this one holds</source>
        <translation>この申込みの内容で新しい申込みを始めます</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 %2 様</translation>
    </message>
    <message>
        <source>%1 — deadline %2</source>
        <translation>%1（期限: %2）</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <source>Moshikomi — new application</source>
        <translation>Moshikomi — 新しい申込み</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Applications &amp;list</source>
        <translation>申込み一覧(&amp;L)</translation>
    </message>
    <message>
        <source>Next step (Enter or Alt+N)</source>
        <translation>次のステップへ（Enter または Alt+N）</translation>
    </message>
    <message>
        <source>Previous step (Alt+B); nothing typed is lost</source>
        <translation>前のステップへ（Alt+B）。入力内容は失われません</translation>
    </message>
    <message>
        <source>Every application saved on this computer (Alt+L)</source>
        <translation>このコンピューターに保存されたすべての申込み（Alt+L）</translation>
    </message>
    <message>
        <source>Switch the language of the application</source>
        <translation>表示言語を切り替えます</translation>
    </message>
    <message>
        <source>Moshikomi — application %1</source>
        <translation>Moshikomi — 申込み %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>申込みできませんでした</translation>
    </message>
    <message>
        <source>The application could not be saved for sending, so it was not submitted. Nothing you entered is lost.

%1</source>
        <translation>申込みを送信用に保存できなかったため、申込みは行われていません。入力内容は失われていません。

%1</translation>
    </message>
    <message>
        <source>Submit the application, after one more question (Alt+S)</source>
        <translation>申込みを送信します。送信前に確認があります（Alt+S）</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>送付先 %1</translation>
    </message>
    <message>
        <source>Login user %1</source>
        <translation>ログインユーザ %1</translation>
    </message>
    <message>
        <source>The version of the additional information form</source>
        <translation>追加情報フォームの版</translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation>確認に戻る(&amp;R)</translation>
    </message>
    <message>
        <source>Straight back to the review through the steps after this one (Alt+R); it stops where one still needs something</source>
        <translation>この後のステップを通って確認に戻ります（Alt+R）。入力が必要なステップがあれば、そこで止まります</translation>
    </message>
    <message>
        <source>The additional information form has changed since this application was entered. Fill in step 3 as it asks now, then submit again.</source>
        <translation>この申込みの入力後に、追加情報の項目が変わりました。ステップ3を今の項目に合わせて入力し、もう一度申込みしてください。</translation>
    </message>
    <message>
        <source>The additional information form has changed since this application was entered. Check the review, then submit again.</source>
        <translation>この申込みの入力後に、追加情報の項目が変わりました。確認画面で内容を確かめ、もう一度申込みしてください。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Applications &amp;list (%n to correct)</source>
        <translation>
            <numerusform>申込み一覧(&amp;L)（要修正 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every application saved on this computer (Alt+L); the service refused %n of them, which wait for a correction</source>
        <translation>
            <numerusform>このコンピューターに保存されたすべての申込み（Alt+L）。うち %n 件はサービスが受け付けず、修正を待っています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Keep the local queue and settings in DIR (also MOSHIKOMI_DATA_DIR).</source>
        <translation>ローカルの申込みデータと設定を DIR に保存します（MOSHIKOMI_DATA_DIR でも指定可）。</translation>
    </message>
    <message>
        <source>UI language: ja or en (remembered).</source>
        <translation>表示言語: ja または en（次回以降も使われます）。</translation>
    </message>
    <message>
        <source>Use the step-3 schema in FILE (JSON) and keep it as the cached schema.</source>
        <translation>追加情報（ステップ3）の定義を FILE（JSON）から読み込み、保存して使います。</translation>
    </message>
    <message>
        <source>Start a new application without offering drafts.</source>
        <translation>入力途中の申込みを表示せず、新しい申込みを始めます。</translation>
    </message>
    <message>
        <source>Moshikomi: enter applications for the cyber security monitoring service on behalf of customers.</source>
        <translation>Moshikomi（申込み）: サイバーセキュリティ見守りサービスの申込みをお客様に代わって入力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>不明な引数「%1」です（--help を参照してください）。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>不明な言語「%1」です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the service (remembered).</source>
        <translation>センターサービスの証明書の確認に、この CA 証明書（PEM）だけを使います（次回以降も使われます）。</translation>
    </message>
    <message>
        <source>--service-url %1: give an https:// address.</source>
        <translation>--service-url %1: https:// で始まるアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Send the applications waiting in the queue and fetch what the service says, without a window; exit code 0 when nothing is left waiting.</source>
        <translation>送信待ちの申込みを送り、センターの状況を取得します（ウィンドウなし）。送信待ちが残らなければ終了コード 0 です。</translation>
    </message>
    <message>
        <source>No service: give --service-url.</source>
        <translation>送信先がありません。--service-url を指定してください。</translation>
    </message>
    <message>
        <source>The local queue %1 cannot be used.</source>
        <translation>ローカルデータベース %1 を使用できません。</translation>
    </message>
    <message>
        <source>%1 sent, %2 rejected, %3 waiting.</source>
        <translation>送信 %1 件、差し戻し %2 件、送信待ち %3 件。</translation>
    </message>
    <message>
        <source>The service refused the staff token.</source>
        <translation>センターサービスが担当者のトークンを受け付けませんでした。</translation>
    </message>
    <message>
        <source>No staff token: set one in the app&apos;s connection settings, or set MOSHIKOMI_STAFF_TOKEN.</source>
        <translation>担当者のトークンがありません。アプリの接続の設定で入力するか、MOSHIKOMI_STAFF_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>The central service to send applications to (remembered); the staff token is the one the connection settings keep in the keychain, or MOSHIKOMI_STAFF_TOKEN for this session.</source>
        <translation>申込みの送信先となるセンターサービス（次回以降も使われます）。担当者のトークンは接続の設定でキーチェーンに保存したものを使います。MOSHIKOMI_STAFF_TOKEN を指定すると、そのセッションの間はそちらを使います。</translation>
    </message>
    <message>
        <source>That passphrase does not open the queue.</source>
        <translation>そのパスフレーズではキューを開けません。</translation>
    </message>
    <message>
        <source>No keychain: choose a passphrase for the local queue: </source>
        <translation>キーチェーンがありません。ローカルキューのパスフレーズを決めてください: </translation>
    </message>
    <message>
        <source>Passphrase of the local queue: </source>
        <translation>ローカルキューのパスフレーズ: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>確認のため同じパスフレーズをもう一度: </translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 cannot be read.</source>
        <translation>MOSHIKOMI_QUEUE_PASSPHRASE_FILE の %1 を読めません。</translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 must be yours and readable by you alone (chmod 600).</source>
        <translation>MOSHIKOMI_QUEUE_PASSPHRASE_FILE の %1 は、あなたが所有し、あなただけが読めるファイルにしてください(chmod 600)。</translation>
    </message>
    <message>
        <source>MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 is empty.</source>
        <translation>MOSHIKOMI_QUEUE_PASSPHRASE_FILE の %1 が空です。</translation>
    </message>
    <message>
        <source>The passphrase in MOSHIKOMI_QUEUE_PASSPHRASE_FILE does not open the local queue.</source>
        <translation>MOSHIKOMI_QUEUE_PASSPHRASE_FILE のパスフレーズではローカルキューを開けません。</translation>
    </message>
    <message>
        <source>--service-url %1: give an https:// address (http:// only for a service on this computer: the token must not travel unencrypted).</source>
        <translation>--service-url %1: https:// で始まるアドレスを指定してください（http:// はこのコンピューター上のサービスだけです。トークンを暗号化せずに送ることはできません）。</translation>
    </message>
    <message>
        <source>--ca-file %1: this file holds no certificate that can be read (PEM or DER).</source>
        <translation>--ca-file %1: 読み取れる証明書（PEM または DER）が含まれていません。</translation>
    </message>
    <message>
        <source>--ca-file %1: no such file.</source>
        <translation>--ca-file %1: ファイルがありません。</translation>
    </message>
    <message>
        <source>There is no display to show the window on (DISPLAY is not set). Without a window, --sync sends the queued applications.</source>
        <translation>ウィンドウを表示するディスプレイがありません（DISPLAY が設定されていません）。ウィンドウなしで送信待ちの申込みを送るには --sync を使います。</translation>
    </message>
    <message>
        <source>Waiting for the keychain to give the staff token…</source>
        <translation>キーチェーンからスタッフトークンを受け取るのを待っています…</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>使い方: %1 [オプション]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>The additional information schema %1 cannot be used: %2</source>
        <translation>追加情報の定義 %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>The additional information schema %1 was not found.</source>
        <translation>追加情報の定義ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The additional information schema %1 is larger than 1 MiB and was not used.</source>
        <translation>追加情報の定義ファイル %1 は 1 MiB を超えるため使用しませんでした。</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>「version」がありません。</translation>
    </message>
    <message>
        <source>its &quot;fields&quot; is not a list.</source>
        <translation>「fields」が一覧（配列）ではありません。</translation>
    </message>
    <message>
        <source>field %1 has no &quot;key&quot;, or one that another field has.</source>
        <translation>フィールド %1 の「key」がないか、他のフィールドと重複しています。</translation>
    </message>
    <message>
        <source>field %1 has a &quot;type&quot; this version does not know.</source>
        <translation>フィールド %1 の「type」はこのバージョンでは使用できません。</translation>
    </message>
    <message>
        <source>the &quot;pattern&quot; of field %1 cannot be applied to a whole value.</source>
        <translation>フィールド %1 の「pattern」は値全体に適用できない形式です。</translation>
    </message>
    <message>
        <source>the &quot;pattern&quot; of field %1 is not a valid regular expression.</source>
        <translation>フィールド %1 の「pattern」は正しい正規表現ではありません。</translation>
    </message>
    <message>
        <source>field %1 is a choice without &quot;options&quot;.</source>
        <translation>フィールド %1 は選択肢型ですが「options」がありません。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <source>--resume &quot;%1&quot;: this is not an application number (it reads like 3f0c9a2e-8b1d-4c5e-9a7f-2b6d1e0c4a93).</source>
        <translation>--resume &quot;%1&quot;: 申込み番号ではありません（申込み番号は 3f0c9a2e-8b1d-4c5e-9a7f-2b6d1e0c4a93 のような形式です）。</translation>
    </message>
    <message>
        <source>--new and --resume ask for different starts: give one of them.</source>
        <translation>--new と --resume は同時に指定できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>field %1 has an invalid &quot;min&quot;, &quot;max&quot; or &quot;maxLength&quot;.</source>
        <translation>フィールド %1 の「min」「max」または「maxLength」が正しくありません。</translation>
    </message>
    <message>
        <source>field %1 has a &quot;min&quot; above its &quot;max&quot;: no value could be entered.</source>
        <translation>フィールド %1 の「min」が「max」より大きく、入力できる値がありません。</translation>
    </message>
    <message>
        <source>field %1 has an option without a &quot;value&quot;, or two options with the same &quot;value&quot;.</source>
        <translation>フィールド %1 に「value」のない選択肢か、「value」が重複した選択肢があります。</translation>
    </message>
    <message>
        <source>Resume the draft with this id without asking (or one the service refused, to correct it).</source>
        <translation>この番号の入力途中の申込み（またはサービスが受け付けなかった申込み）を、確認せずに再開します。</translation>
    </message>
</context>
<context>
    <name>ConnectionOutcome</name>
    <message>
        <source>Connected: the service accepted the token.</source>
        <translation>接続できました。サービスがトークンを受け付けました。</translation>
    </message>
    <message>
        <source>The service cannot be reached: check the address and the network.</source>
        <translation>サービスに接続できません。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The service did not answer in time: the network or the service is slow or down.</source>
        <translation>サービスから時間内に応答がありません。ネットワークまたはサービスが混雑しているか停止しています。</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not signed by an authority this computer trusts: check the CA certificate file, or ask your administrator.</source>
        <translation>サービスの証明書は、このコンピューターが信頼する認証局の署名がありません。CA 証明書ファイルを確認するか、管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is for another name than the address: check the address.</source>
        <translation>サービスの証明書が、入力したアドレスとは別の名前に対するものです。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The service&apos;s certificate cannot be trusted (expired or invalid): ask your administrator.</source>
        <translation>サービスの証明書を信頼できません（有効期限切れまたは無効）。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The service&apos;s key matches none of the public-key pins: nothing was sent. Check the pins with your administrator.</source>
        <translation>サービスの鍵がどの公開鍵ピンとも一致しません。何も送信していません。ピンを管理者に確認してください。</translation>
    </message>
    <message>
        <source>This file holds no certificate that can be read (PEM or DER).</source>
        <translation>このファイルには読み込める証明書（PEM または DER）がありません。</translation>
    </message>
    <message>
        <source>The service refused the staff token: check that it was copied whole, or ask for a new one.</source>
        <translation>サービスが担当者のトークンを受け付けませんでした。すべて正しくコピーされているか確認するか、新しいトークンを依頼してください。</translation>
    </message>
    <message>
        <source>This staff token may not send applications: ask your administrator.</source>
        <translation>この担当者のトークンでは申込みを送信できません。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The address redirects elsewhere; the token is not sent after a redirect. Enter the service&apos;s own address.</source>
        <translation>このアドレスは別の場所へ転送されます。転送先にはトークンを送りません。サービス自体のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password.</source>
        <translation>ネットワークのプロキシがユーザー名とパスワードを求めています。</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the Moshikomi service (a network login page?). Check the address, or log in to the network first.</source>
        <translation>このアドレスから応答がありましたが、Moshikomi のサービスではありません（ネットワークのログイン画面の可能性があります）。アドレスを確認するか、先にネットワークにログインしてください。</translation>
    </message>
    <message>
        <source>The service has a problem right now; applications wait in the queue until it is back.</source>
        <translation>サービスに現在問題が発生しています。申込みは復旧するまで送信待ちのまま保持されます。</translation>
    </message>
    <message>
        <source>The service is busy and asked to wait; what is left is sent by itself when the wait is over.</source>
        <translation>サービスが混み合っているため、待つよう求められました。残りの申込みは待ち時間が過ぎると自動で送信します。</translation>
    </message>
    <message>
        <source>After several wrong staff tokens from this network, the service takes no requests from it for a while (usually about ten minutes). Check the token; what is left is sent by itself once the service takes requests again.</source>
        <translation>このネットワークから誤った担当者トークンが何度も送られたため、サービスがしばらくの間（通常 10 分ほど）要求を受け付けていません。トークンを確認してください。受け付けが再開されると、残りの申込みは自動で送信します。</translation>
    </message>
</context>
<context>
    <name>ContactBlockPaste</name>
    <message numerus="yes">
        <source>The pasted lines went into %n fields here: check them.</source>
        <translation>
            <numerusform>貼り付けた行を %n 個の欄に分けて入れました。確かめてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed (the field holds something else, or there is no such field here): %1</source>
        <translation>入れなかったもの（欄に入力済み、またはここにない項目）: %1</translation>
    </message>
    <message>
        <source>None of the pasted lines went into a field here.</source>
        <translation>貼り付けた行はどの欄にも入れませんでした。</translation>
    </message>
</context>
<context>
    <name>CorrectionQuestion</name>
    <message>
        <source>Correct the application</source>
        <translation>申込みの修正</translation>
    </message>
    <message>
        <source>The application for %1 has not been sent yet. To correct it, it is taken out of the applications waiting to be sent and opened again; when it is right, submit it again on the review.</source>
        <translation>%1 の申込みはまだ送信されていません。修正するには、送信待ちから外して入力画面に戻します。修正が終わったら、確認画面でもう一度「申込み」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Correct it</source>
        <translation>修正する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation>送信待ちのままにする(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Basic information</source>
        <translation>基本情報入力</translation>
    </message>
    <message>
        <source>The customer company and its contact person.</source>
        <translation>お客様の会社とご担当者様の情報を入力してください。</translation>
    </message>
    <message>
        <source>This computer already holds an application to this address: %1. To send the customer a fresh confirmation link, use the applications list.</source>
        <translation>このアドレス宛ての申込みが既にあります: %1。確認メールの再送は申込み一覧からできます。</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>%1 (Japan time)</source>
        <translation>%1（日本時間）</translation>
    </message>
</context>
<context>
    <name>DestinationRow</name>
    <message>
        <source>Copy the previous destination</source>
        <translation>前の送付先をコピー</translation>
    </message>
    <message>
        <source>Remove this destination</source>
        <translation>この送付先を削除</translation>
    </message>
    <message>
        <source>Fill this destination with the one above (Ctrl+Shift+C)</source>
        <translation>この送付先に前の送付先の内容をコピーします（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Remove this destination (Ctrl+Shift+D)</source>
        <translation>この送付先を削除します（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>送付先 %1</translation>
    </message>
    <message>
        <source>Destination %1 of %2</source>
        <translation>送付先 %1 / %2</translation>
    </message>
</context>
<context>
    <name>DestinationsEditor</name>
    <message>
        <source>&amp;Add a destination</source>
        <translation>送付先を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a destination, filled in from step 1 (Ctrl+Shift+A)</source>
        <translation>基本情報の内容で送付先を 1 件追加します（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>At most %1 destinations</source>
        <translation>送付先は %1 件までです</translation>
    </message>
    <message>
        <source>Total %1 / %2 units</source>
        <translation>合計 %1 / %2 台</translation>
    </message>
    <message>
        <source>Remove destination %1? What was typed in it is lost.</source>
        <translation>送付先 %1 を削除しますか？入力した内容は失われます。</translation>
    </message>
    <message>
        <source>Replace what destination %1 holds with destination %2?</source>
        <translation>送付先 %1 の入力内容を、送付先 %2 の内容で置き換えますか？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>UTM destinations</source>
        <translation>UTM送付先入力</translation>
    </message>
    <message>
        <source>Where the UTM appliances are sent: up to 10 destinations and 10 units in all.</source>
        <translation>UTM の送付先を入力してください。送付先は 10 件まで、台数は合計 10 台までです。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;New application</source>
        <translation>新しい申込み(&amp;N)</translation>
    </message>
    <message>
        <source>Confirmation mail</source>
        <translation>確認メール送信</translation>
    </message>
    <message>
        <source>Start a fresh application (Ctrl+N)</source>
        <translation>新しい申込みを開始します（Ctrl+N）</translation>
    </message>
    <message>
        <source>Conn&amp;ect to the service…</source>
        <translation>サービスへの接続を設定(&amp;E)…</translation>
    </message>
    <message>
        <source>The customer can confirm it until %1.</source>
        <translation>お客様は %1 までに確認操作を行ってください。</translation>
    </message>
    <message>
        <source>The customer has 24 hours to confirm it.</source>
        <translation>お客様は受信から 24 時間以内に確認操作を行ってください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application has been sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service has mailed the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;申込みを送信しました。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;サービスから &lt;b&gt;%1&lt;/b&gt; 宛てに申込み確認メールが送られました。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This computer is not connected to the service yet: set up the connection, and it is sent at once; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;申込みを保存しました。送信待ちです。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;このコンピューターはまだサービスに接続されていません。接続を設定するとすぐに送信され、&lt;b&gt;%1&lt;/b&gt; 宛てに申込み確認メールが送られます。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the application stands, and what happens next.</source>
        <translation>申込みの状況と、この後の流れです。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is sent to the service automatically as soon as the network allows; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;&lt;p&gt;If Moshikomi is closed before then, it is sent at its next start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;申込みを保存しました。送信待ちです。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ネットワークに接続されると自動的にサービスへ送信され、&lt;b&gt;%1&lt;/b&gt; 宛てに申込み確認メールが送られます。%2&lt;/p&gt;&lt;p&gt;それまでに Moshikomi を閉じた場合は、次回の起動時に送信されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Co&amp;py application number</source>
        <translation>申込み番号をコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the application number to the clipboard</source>
        <translation>申込み番号をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Application number co&amp;pied</source>
        <translation>申込み番号をコピーしました(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is saved and waiting to be sent.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service refused the staff token: enter a valid one in the connection settings, and it is sent at once; the service then mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;申込みを保存しました。送信待ちです。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;サービスが担当者のトークンを受け付けませんでした。接続の設定で有効なトークンを入力するとすぐに送信され、&lt;b&gt;%1&lt;/b&gt; 宛てに申込み確認メールが送られます。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sending the application</source>
        <translation>申込みを送信中</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The application is being sent…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is saved on this computer. The service is taking a while to answer; once it has the application, it mails the confirmation request to &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;申込みを送信しています…&lt;/b&gt;&lt;/p&gt;&lt;p&gt;申込みはこのコンピューターに保存されています。サービスの応答に時間がかかっています。サービスが受け取ると、&lt;b&gt;%1&lt;/b&gt; 宛てに申込み確認メールが送られます。%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Last attempt: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;前回の送信: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>内容を修正(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the application back from the queue and correct it</source>
        <translation>送信待ちから外して申込みの内容を修正します</translation>
    </message>
    <message>
        <source>&lt;p&gt;Application number: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;申込み番号: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The service did not accept the application.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was sent to the customer. Press Correct to change it where the service says, and submit it again; nothing entered is lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サービスがこの申込みを受け付けませんでした。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;お客様にはまだ何も送られていません。「内容を修正」でサービスが指摘した箇所を直し、もう一度申し込んでください。入力した内容は失われません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished applications</source>
        <translation>入力途中の申込み</translation>
    </message>
    <message>
        <source>These applications were not finished. Resume one where it was left, or start a new application.</source>
        <translation>入力途中の申込みがあります。続きから再開するか、新しい申込みを開始してください。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新しい申込み(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (last change %2)</source>
        <translation>%1（最終更新 %2）</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>ステップ%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 %2 様</translation>
    </message>
    <message>
        <source>%1 · %2 (last change %3)</source>
        <translation>%1・%2（最終更新 %3）</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>氏名(姓)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>氏名(名)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Email address (again)</source>
        <translation>メールアドレス(確認)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯番号</translation>
    </message>
    <message>
        <source>Where the confirmation mail is sent.</source>
        <translation>申込み確認メールの送信先です。</translation>
    </message>
    <message>
        <source>Type the address once more to make sure it is right.</source>
        <translation>確認のため、メールアドレスを再度入力してください。</translation>
    </message>
    <message>
        <source>7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and address.</source>
        <translation>数字7桁（ハイフンは任意。例: 733-0001）。都道府県と住所を自動入力します。</translation>
    </message>
    <message>
        <source>The address after the prefecture.</source>
        <translation>都道府県より後の住所を入力してください。</translation>
    </message>
    <message>
        <source>Digits only, 10 or 11, starting with 0.</source>
        <translation>半角数字のみ、ハイフン無し。0 から始まる10桁または11桁です。</translation>
    </message>
    <message>
        <source>For SMS authentication at the portal: 11 digits starting with 070, 080 or 090. Optional.</source>
        <translation>ポータルの SMS 認証に使います。070・080・090 から始まる11桁。任意です。</translation>
    </message>
    <message>
        <source>1 to 10; at most 10 over all destinations.</source>
        <translation>1〜10 台。全送付先の合計で 10 台までです。</translation>
    </message>
    <message>
        <source>The company&apos;s address, not where the UTM is installed. 7 digits, with or without a hyphen, e.g. 733-0001. Fills in prefecture and address.</source>
        <translation>会社所在地の郵便番号です（UTM の設置場所ではありません）。数字7桁（ハイフンは任意。例: 733-0001）。都道府県と住所を自動入力します。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>必須。%1</translation>
    </message>
    <message>
        <source>Only the 7 digits of the postal code (and one hyphen) go here; the address goes in its own field.</source>
        <translation>ここには郵便番号の数字 7 桁（とハイフン 1 つ）だけが入ります。住所は住所欄に入力してください。</translation>
    </message>
    <message>
        <source>Only the digits of the phone number go here (10 or 11, starting with 0).</source>
        <translation>ここには電話番号の数字だけが入ります（0 から始まる 10 桁または 11 桁）。</translation>
    </message>
    <message>
        <source>Only the 11 digits of the mobile number go here.</source>
        <translation>ここには携帯番号の数字 11 桁だけが入ります。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1または%2</translation>
    </message>
    <message>
        <source>Is %1 perhaps %2? Read the address back to the customer.</source>
        <translation>「%1」は「%2」の誤りではありませんか？お客様にアドレスを読み上げて確認してください。</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Keys</source>
        <translation>キー操作</translation>
    </message>
    <message>
        <source>Entering an application</source>
        <translation>申込みの入力</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>次の項目、前の項目</translation>
    </message>
    <message>
        <source>Next step; on an incomplete step, every message and the first field at fault</source>
        <translation>次のステップへ。入力が足りないときは、すべてのメッセージを表示し、最初の項目に移動</translation>
    </message>
    <message>
        <source>Previous step (nothing typed is lost)</source>
        <translation>前のステップへ（入力した内容は失われません）</translation>
    </message>
    <message>
        <source>Add a destination (step 2) or a login user (step 4)</source>
        <translation>送付先（ステップ2）またはログインユーザ（ステップ4）を追加</translation>
    </message>
    <message>
        <source>Remove the destination or user with the focus (asked first if it holds something typed)</source>
        <translation>カーソルのある送付先・ユーザを削除（入力済みの内容があれば確認します）</translation>
    </message>
    <message>
        <source>Copy the previous destination into this one</source>
        <translation>前の送付先をこの送付先にコピー</translation>
    </message>
    <message>
        <source>Scroll the review, wherever the focus is</source>
        <translation>確認画面をスクロール（カーソルの位置にかかわらず）</translation>
    </message>
    <message>
        <source>Back to the review after a Change…</source>
        <translation>「修正…」の後、確認に戻る</translation>
    </message>
    <message>
        <source>Submit (on the review, after an OK)</source>
        <translation>申込み（確認画面で。OK の確認の後）</translation>
    </message>
    <message>
        <source>After submitting: a new application; copy the application number</source>
        <translation>送信の後: 新しい申込み、申込み番号のコピー</translation>
    </message>
    <message>
        <source>The applications list</source>
        <translation>申込み一覧</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Show only some states</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Open a draft or a rejected application; the story of any other</source>
        <translation>入力途中・差し戻しの申込みを開く。それ以外は経過を表示</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy the application number</source>
        <translation>申込み番号をコピー</translation>
    </message>
    <message>
        <source>Delete a draft (asked first)</source>
        <translation>入力途中の申込みを削除（確認します）</translation>
    </message>
    <message>
        <source>The row&apos;s actions, and the order</source>
        <translation>行の操作と並べ替え</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>一覧を閉じる</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>どの画面でも</translation>
    </message>
    <message>
        <source>Connection to the service</source>
        <translation>接続の設定</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>このキー操作の一覧</translation>
    </message>
    <message>
        <source>End the application (what was typed is kept as a draft)</source>
        <translation>アプリを終了（入力中の内容は入力途中の申込みとして残ります）</translation>
    </message>
    <message>
        <source>In a postal code, list its towns (the one chosen fills in prefecture and address)</source>
        <translation>郵便番号の欄で、その地域の一覧を開く（選んだ地域が都道府県と住所に入ります）</translation>
    </message>
</context>
<context>
    <name>LoginUserRow</name>
    <message>
        <source>Remove this user</source>
        <translation>このユーザを削除</translation>
    </message>
    <message>
        <source>Remove this user (Ctrl+Shift+D)</source>
        <translation>このユーザを削除します（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Login user %1</source>
        <translation>ログインユーザ %1</translation>
    </message>
    <message>
        <source>Login user %1 of %2</source>
        <translation>ログインユーザ %1 / %2</translation>
    </message>
</context>
<context>
    <name>LoginUsersEditor</name>
    <message>
        <source>&amp;Add a user</source>
        <translation>ユーザを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a login user (Ctrl+Shift+A)</source>
        <translation>ログインユーザを 1 人追加します（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>At most %1 users</source>
        <translation>ユーザは %1 人までです</translation>
    </message>
    <message>
        <source>Remove login user %1? What was typed for them is lost.</source>
        <translation>ログインユーザ %1 を削除しますか？入力した内容は失われます。</translation>
    </message>
</context>
<context>
    <name>LoginUsersPage</name>
    <message>
        <source>Login users</source>
        <translation>ログインユーザ情報入力</translation>
    </message>
    <message>
        <source>Who may log in to the service portal: up to 3 users.</source>
        <translation>サービスポータルにログインするユーザを入力してください。3 人まで登録できます。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>leads to step 5, the review</comment>
        <translation>確認(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>LossQuestion</name>
    <message>
        <source>&amp;Keep</source>
        <translation>残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MessageCatalog</name>
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
        <source>Enter %1 or more.</source>
        <translation>%1 以上の値を入力してください。</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>%1 以下の値を入力してください。</translation>
    </message>
    <message>
        <source>Enter %1 or a later date.</source>
        <translation>%1 以降の日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter %1 or an earlier date.</source>
        <translation>%1 以前の日付を入力してください。</translation>
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
        <source>This value is not valid.</source>
        <translation>入力内容が正しくありません。</translation>
    </message>
    <message>
        <source>Contains a character that cannot be used here (a tab, a line break or an invisible control character). Retype the value.</source>
        <translation>使用できない文字（タブ、改行、または目に見えない制御文字）が含まれています。入力し直してください。</translation>
    </message>
    <message>
        <source>Enter the number without its extension; note the extension elsewhere.</source>
        <translation>内線番号は含めずに入力してください（内線番号は別途お控えください）。</translation>
    </message>
    <message>
        <source>This value cannot be checked: the form&apos;s rule for this field is faulty. Nothing you typed is wrong; tell your administrator.</source>
        <translation>この項目の入力規則（フォームの定義）に問題があるため、値を確認できません。入力内容の誤りではありません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The address begins with another prefecture than the one chosen.</source>
        <translation>住所の先頭の都道府県名が、選んだ都道府県と違います。</translation>
    </message>
    <message>
        <source>A valid staff token is needed.</source>
        <translation>有効なスタッフ用トークンが必要です。</translation>
    </message>
    <message>
        <source>This needs an operator&apos;s token.</source>
        <translation>この操作にはオペレーター用のトークンが必要です。</translation>
    </message>
    <message>
        <source>No such application.</source>
        <translation>該当する申込みはありません。</translation>
    </message>
    <message>
        <source>Nothing is here. The API&apos;s paths begin with /api/v1/ and do not end with a slash.</source>
        <translation>ここには何もありません。API のパスは /api/v1/ で始まり、末尾に / は付きません。</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>このメソッドはここでは使えません。</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>本文は application/json で送ってください。</translation>
    </message>
    <message>
        <source>Idempotency-Key must be the body&apos;s id in canonical lower-case form.</source>
        <translation>Idempotency-Key には、本文の id を小文字の正規形で指定してください。</translation>
    </message>
    <message>
        <source>This id was already used for a different application.</source>
        <translation>この id は、内容の異なる別の申込みですでに使われています。</translation>
    </message>
    <message>
        <source>This application is still being processed; send it again in a moment.</source>
        <translation>この申込みはまだ処理中です。少し待ってからもう一度送ってください。</translation>
    </message>
    <message>
        <source>Too many wrong tokens; try again later.</source>
        <translation>誤ったトークンが続いたため、しばらく受け付けません。時間をおいてからお試しください。</translation>
    </message>
    <message>
        <source>At most %1 new links an hour.</source>
        <translation>確認リンクの再発行は 1 時間に %1 回までです。</translation>
    </message>
    <message>
        <source>This cannot be done in the application&apos;s status.</source>
        <translation>申込みの現在の状態では、この操作はできません。</translation>
    </message>
    <message>
        <source>Only an unconfirmed or expired application gets a new link.</source>
        <translation>新しい確認リンクを発行できるのは、確認待ちまたは失効した申込みだけです。</translation>
    </message>
    <message>
        <source>Only a confirmed application can be provisionally registered.</source>
        <translation>仮登録できるのは、確認済みの申込みだけです。</translation>
    </message>
    <message>
        <source>A problem is reported once per application.</source>
        <translation>問題の通知は、1 件の申込みにつき 1 回だけです。</translation>
    </message>
    <message>
        <source>The service is busy; try again shortly.</source>
        <translation>サービスが混み合っています。しばらくしてからお試しください。</translation>
    </message>
    <message>
        <source>The service cannot reach its database; try again shortly.</source>
        <translation>サービスがデータベースに接続できません。しばらくしてからお試しください。</translation>
    </message>
    <message>
        <source>The application could not be stored; send it again.</source>
        <translation>申込みを保存できませんでした。もう一度送ってください。</translation>
    </message>
    <message>
        <source>The request did not arrive whole in time; send it again.</source>
        <translation>リクエストが時間内に最後まで届きませんでした。もう一度送ってください。</translation>
    </message>
    <message>
        <source>The address begins with a postal code other than the one entered above; keep only one, in the postal code field.</source>
        <translation>住所の先頭に、上で入力したものと違う郵便番号があります。郵便番号は郵便番号欄にだけ入力してください。</translation>
    </message>
    <message>
        <source>changedSince must be a cursor this service gave, or a time such as 2026-11-25T08:15:00Z.</source>
        <translation>changedSince には、このサービスが返したカーソルか、日時（例: 2026-11-25T08:15:00Z）を指定してください。</translation>
    </message>
    <message>
        <source>Enter a date that exists, as YYYY-MM-DD (e.g. 2026-12-01).</source>
        <translation>実在する日付を YYYY-MM-DD の形式で入力してください（例: 2026-12-01）。</translation>
    </message>
    <message numerus="yes">
        <source>A phone number has 10 or 11 digits, starting with 0; this has %n.</source>
        <translation>
            <numerusform>電話番号は 0 から始まる10桁または11桁の数字です（入力されたのは%n桁）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits, starting with 070, 080 or 090; this has %n.</source>
        <translation>
            <numerusform>携帯番号は 070・080・090 から始まる11桁の数字です（入力されたのは%n桁）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A postal code has 7 digits (e.g. 733-0001); this has %n.</source>
        <translation>
            <numerusform>郵便番号は数字7桁です（入力されたのは%n桁。例: 733-0001）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters; this has %1.</source>
        <translation>
            <numerusform>長すぎます。%n 文字以内で入力してください（入力されたのは%1文字）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two email addresses differ in capital and small letters before the @; write them the same way.</source>
        <translation>2 つのメールアドレスは @ の前の大文字と小文字が違います。同じように入力してください。</translation>
    </message>
    <message>
        <source>The request is not in UTF-8; send JSON in UTF-8.</source>
        <translation>リクエストが UTF-8 ではありません。JSON は UTF-8 で送ってください。</translation>
    </message>
    <message>
        <source>Send the body as application/json in UTF-8 (charset=utf-8).</source>
        <translation>本文は UTF-8 の application/json（charset=utf-8）で送ってください。</translation>
    </message>
    <message>
        <source>Enter 1 to 10 units.</source>
        <translation>台数は 1〜10 台で入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number, in digits only.</source>
        <translation>整数を数字だけで入力してください。</translation>
    </message>
    <message>
        <source>The address has a space in it; an address has none (a dot, a hyphen or an underscore may have been meant).</source>
        <translation>メールアドレスに空白は使えません。ドット（.）、ハイフン（-）、アンダーバー（_）のいずれかではありませんか。</translation>
    </message>
    <message>
        <source>The address has no @ (as in name@example.co.jp).</source>
        <translation>メールアドレスに @ がありません（例: name@example.co.jp）。</translation>
    </message>
    <message>
        <source>The address has a comma in it; a dot (.) may have been meant.</source>
        <translation>メールアドレスにカンマ（,）が入っています。ドット（.）ではありませんか。</translation>
    </message>
    <message>
        <source>After the @ comes a domain with a dot, as in example.co.jp.</source>
        <translation>@ の後は example.co.jp のようにドット（.）を含めて入力してください。</translation>
    </message>
    <message>
        <source>Enter one address only; this holds more than one.</source>
        <translation>メールアドレスは 1 つだけ入力してください（2 つ以上入っています）。</translation>
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
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>There is no unfinished application %1 on this computer.</source>
        <translation>入力途中の申込み %1 はこのコンピューターにありません。</translation>
    </message>
    <message>
        <source>The local database %1 is read-only: unfinished applications can be opened and read, but nothing you type can be saved. Copy the folder somewhere writable and start with --data-dir to go on.</source>
        <translation>ローカルデータベース %1 は読み取り専用です。入力途中の申込みを開いて読むことはできますが、入力した内容は保存できません。続けるには、フォルダーを書き込める場所にコピーし、--data-dir で指定して起動してください。</translation>
    </message>
    <message>
        <source>The service did not accept this application:

%1</source>
        <translation>センターサービスがこの申込みを受け付けませんでした:

%1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the staff token is kept only until the app is closed.</source>
        <translation>このコンピューターではキーチェーンを使用できないため、担当者のトークンはアプリを閉じるまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Encrypting the applications saved on this computer…</source>
        <translation>このコンピューターに保存された申込みを暗号化しています…</translation>
    </message>
    <message>
        <source>Removing the unencrypted copies…</source>
        <translation>暗号化前の写しを消去しています…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Set the file aside and start with an empty list</source>
        <translation>ファイルを別の場所に移して空の一覧で始める(&amp;S)</translation>
    </message>
    <message>
        <source>The file could not be moved aside; nothing was changed.</source>
        <translation>ファイルを移せませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>The locked file was kept as %1. It opens again if its key comes back.</source>
        <translation>鍵のかかったファイルは %1 として残しました。鍵が戻れば再び開けます。</translation>
    </message>
    <message>
        <source>Updating how the applications are stored on this computer…</source>
        <translation>このコンピューターに保存している申込みの形式を更新しています…</translation>
    </message>
    <message>
        <source>Moshikomi is already open with this data folder: its window was brought to the front.</source>
        <translation>Moshikomi はこのデータフォルダーで既に開いています。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 のプロセス %1</translation>
    </message>
    <message>
        <source>Moshikomi is already open with the data folder %1 (%2) and does not answer. Close it and start again, or start with another --data-dir.</source>
        <translation>Moshikomi はデータフォルダー %1 で既に開いていますが（%2）、応答がありません。そちらを閉じてから起動し直すか、別の --data-dir で起動してください。</translation>
    </message>
    <message>
        <source>Waiting for the system keychain… If it asks for its password, its window may be behind this one.</source>
        <translation>システムのキーチェーンの応答を待っています… パスワードを求められている場合、その画面がこのウィンドウの後ろに隠れていることがあります。</translation>
    </message>
    <message>
        <source>The application is already being sent, or was sent, and can no longer be corrected here. If something in it is wrong, ask an operator to report a problem with it, and enter it again.</source>
        <translation>この申込みは送信中か送信済みのため、ここでは修正できません。内容に誤りがある場合は、運用担当者に問題の報告を依頼し、申込みを入力し直してください。</translation>
    </message>
    <message>
        <source>The application %1 was submitted already and is no longer edited here (%2). The applications list (Alt+L) shows where it stands.</source>
        <translation>申込み %1 は送信済みのため、ここでは編集できません（%2）。申込み一覧（Alt+L）で状況を確認できます。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for the applications on this computer</source>
        <translation>このコンピューターの申込みのパスフレーズ</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the key to the applications you enter. Choose a passphrase instead: it will be asked each time Moshikomi starts. Without it nobody — not even support — can read the saved applications, so keep it safe.</source>
        <translation>このコンピューターには、入力した申込みの鍵を保管するキーチェーンがありません。代わりにパスフレーズを決めてください。Moshikomi を起動するたびに尋ねます。パスフレーズがなければ、サポート担当者を含め誰も保存された申込みを読めません。大切に保管してください。</translation>
    </message>
    <message>
        <source>The applications saved on this computer are locked with a passphrase. Enter it to open them.</source>
        <translation>このコンピューターに保存された申込みはパスフレーズで保護されています。開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ(確認)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>That passphrase does not open the applications. Check the keyboard&apos;s input mode and Caps Lock, and try again.</source>
        <translation>そのパスフレーズでは申込みを開けません。入力モードと Caps Lock を確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>上のパスフレーズと同じではありません。</translation>
    </message>
</context>
<context>
    <name>PostalAutofill</name>
    <message>
        <source>Addresses for postal code %1</source>
        <translation>郵便番号 %1 の住所候補</translation>
    </message>
    <message>
        <source>Postal code %1 is in %2. Check the prefecture and the postal code.</source>
        <translation>郵便番号 %1 は%2の番号です。都道府県と郵便番号を確かめてください。</translation>
    </message>
    <message>
        <source>Several towns have postal code %1: press ↓ here to choose one.</source>
        <translation>郵便番号 %1 の地域は複数あります。この欄で ↓ キーを押すと選べます。</translation>
    </message>
    <message>
        <source>Postal code %1 is for %2 %3. To use that for prefecture and address, press ↓ here.</source>
        <translation>郵便番号 %1 の住所は%2 %3です。都道府県と住所をこれにするには、この欄で ↓ キーを押してください。</translation>
    </message>
    <message>
        <source>Several towns have postal code %1. To use one for prefecture and address, press ↓ here.</source>
        <translation>郵便番号 %1 の地域は複数あります。都道府県と住所をそのどれかにするには、この欄で ↓ キーを押してください。</translation>
    </message>
    <message>
        <source>Postal code %1 is not in the postal directory; the prefecture and address are still those filled in for %2. Check the code and the address.</source>
        <translation>郵便番号 %1 は郵便番号データにありません。都道府県と住所は %2 で入ったままです。番号と住所を確かめてください。</translation>
    </message>
</context>
<context>
    <name>PrefectureField</name>
    <message>
        <source>Type to search, e.g. %1</source>
        <translation>入力して検索（例: %1）</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未選択）</translation>
    </message>
</context>
<context>
    <name>ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation>プロキシへのログイン</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>プロキシ %1 がユーザー名とパスワードを受け付けませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The network&apos;s proxy %1 asks for a user name and password before applications can be sent.</source>
        <translation>申込みを送信するには、ネットワークのプロキシ %1 へのユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>They are kept in this computer&apos;s keychain.</source>
        <translation>入力した内容はこのコンピューターのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
</context>
<context>
    <name>QueueErrorText</name>
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
    <message>
        <source>The data folder %1 belongs to another user. Moshikomi keeps customers&apos; data only in a folder of your own: choose another with --data-dir.</source>
        <translation>データフォルダー %1 は別のユーザーのものです。お客様の情報は自分専用のフォルダーにだけ保存します。--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The local database %1 is a symbolic link, which Moshikomi does not follow. Move the link away or choose another folder with --data-dir.</source>
        <translation>ローカルデータベース %1 はシンボリックリンクのため使用しません。リンクを移動するか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The key to the applications saved in %1 is not in this computer&apos;s keychain (the keychain was reset, or the file belongs to another user account). Nothing has been changed: sign in as the user who entered them, or restore the keychain.</source>
        <translation>%1 に保存された申込みの鍵が、このコンピューターのキーチェーンにありません（キーチェーンが初期化されたか、別のユーザーのファイルです）。何も変更していません。申込みを入力したユーザーでサインインするか、キーチェーンを元に戻してください。</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keychain does not open the applications saved in %1. Nothing has been changed: sign in as the user who entered them.</source>
        <translation>このコンピューターのキーチェーンにある鍵では、%1 に保存された申込みを開けません。何も変更していません。申込みを入力したユーザーでサインインしてください。</translation>
    </message>
    <message>
        <source>The applications saved in %1 are locked with a key kept in the keychain, and the keychain is not available now. Nothing has been changed: unlock the keychain (sign in to the desktop) and start Moshikomi again.</source>
        <translation>%1 に保存された申込みはキーチェーンの鍵で保護されていますが、いまキーチェーンが使えません。何も変更していません。キーチェーンのロックを解除して（デスクトップにサインインして）、Moshikomi をもう一度起動してください。</translation>
    </message>
    <message>
        <source>No passphrase was given: the saved applications stay locked and unchanged.</source>
        <translation>パスフレーズが入力されなかったため、保存された申込みは保護されたまま変更していません。</translation>
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
    <message>
        <source>Draft</source>
        <translation>入力途中</translation>
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
        <source>Confirmation time is over</source>
        <translation>確認期限切れ</translation>
    </message>
    <message>
        <source>Registration deadline passed</source>
        <translation>登録期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left to confirm</source>
        <translation>
            <numerusform>確認期限まであと %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left to register</source>
        <translation>
            <numerusform>登録期限まであと %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left to confirm</source>
        <translation>
            <numerusform>確認期限まであと %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours left to register</source>
        <translation>
            <numerusform>登録期限まであと %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left to confirm</source>
        <translation>
            <numerusform>確認期限まであと %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left to register</source>
        <translation>
            <numerusform>登録期限まであと %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (personal data removed)</source>
        <translation>%1（個人情報削除済み）</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again for the other direction, a third time for newest first</source>
        <translation>クリックするとこの列で並べ替えます。もう一度で逆順、3 回目で新しい順に戻ります</translation>
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
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits and fetch what the service says, now (%1)</source>
        <translation>送信待ちの申込みを送り、センターの状況を今すぐ取得します（%1）</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>接続の設定(&amp;C)…</translation>
    </message>
    <message>
        <source>The service&apos;s address and the staff token (%1)</source>
        <translation>サービスのアドレスと担当者のトークン（%1）</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>すべての申込み</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>入力途中</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>確認待ち</translation>
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
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>検索(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Continue a draft, or correct a rejected application or one not sent yet (Enter)</source>
        <translation>入力途中の申込みの続きを入力するか、差し戻された申込みやまだ送信されていない申込みを修正します（Enter）</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>State, time left and the whole history (%1)</source>
        <translation>状態・残り時間・これまでの経過（%1）</translation>
    </message>
    <message>
        <source>&amp;Resend confirmation</source>
        <translation>確認メールを再送(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>入力途中の申込みを削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected draft, after asking (Delete)</source>
        <translation>選択した入力途中の申込みを、確認のうえ削除します（Delete）</translation>
    </message>
    <message>
        <source>%1+ shown</source>
        <translation>%1 件以上を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>入力途中の申込みを削除</translation>
    </message>
    <message>
        <source>Delete the draft for %1? What was typed in it cannot be recovered.</source>
        <translation>%1 の入力途中の申込みを削除しますか？入力した内容は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Asking the service for a fresh confirmation link…</source>
        <translation>新しい確認リンクをサービスに依頼しています…</translation>
    </message>
    <message>
        <source>No fresh link could be sent for %1: the service cannot be reached. Try again when the network is back.</source>
        <translation>%1 に新しいリンクを送信できませんでした。サービスに接続できません。ネットワークが復旧してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No fresh link could be sent for %1: %2</source>
        <translation>%1 に新しいリンクを送信できませんでした: %2</translation>
    </message>
    <message>
        <source>Not connected to a service: applications wait on this computer. Set up the connection with Connection… (Ctrl+,).</source>
        <translation>サービスに接続されていません。申込みはこのコンピューターで送信待ちになります。「接続の設定…」（Ctrl+,）で接続を設定してください。</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>送信中: %1 / %2 件</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <source>too many fresh links were sent for it in the last hour. Try again later.</source>
        <translation>この 1 時間に新しいリンクを送りすぎています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>only an application waiting for confirmation, or one whose link expired, gets a fresh link.</source>
        <translation>新しいリンクを送れるのは、お客様の確認待ちか、確認期限が切れた申込みだけです。</translation>
    </message>
    <message>
        <source>the service does not know this application.</source>
        <translation>センターサービスにこの申込みがありません。</translation>
    </message>
    <message>
        <source>A fresh confirmation link to the customer; the old one stops working</source>
        <translation>お客様に新しい確認リンクを送ります。以前のリンクは使えなくなります</translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent for %1; it is valid until %2.</source>
        <translation>%1 に新しい確認リンクを送信しました。有効期限は %2 です。</translation>
    </message>
    <message>
        <source>A fresh confirmation link was sent for %1.</source>
        <translation>%1 に新しい確認リンクを送信しました。</translation>
    </message>
    <message>
        <source>Resend confirmation</source>
        <translation>確認メールの再送</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>No application matches “%1”.</source>
        <translation>「%1」に一致する申込みはありません。</translation>
    </message>
    <message>
        <source>No application is in this state.</source>
        <translation>この状態の申込みはありません。</translation>
    </message>
    <message>
        <source>No applications yet. Start one with New application (%1).</source>
        <translation>まだ申込みはありません。「新しい申込み」（%1）で始めます。</translation>
    </message>
    <message>
        <source>Copy application number</source>
        <translation>申込み番号をコピー</translation>
    </message>
    <message>
        <source>Application number copied: %1</source>
        <translation>申込み番号をコピーしました: %1</translation>
    </message>
    <message>
        <source>Re&amp;use as new</source>
        <translation>複製して新規作成(&amp;U)</translation>
    </message>
    <message>
        <source>Start a new application with what this one holds: after a problem, or for another site of the same customer</source>
        <translation>この申込みの内容で新しい申込みを始めます（問題の連絡を受けたとき、同じお客様の別拠点のときなど）</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>新しい順(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1（昇順）</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <translation>%1（降順）</translation>
    </message>
    <message>
        <source>Send a fresh confirmation link?
To: %1 (%2)
The link sent before stops working.</source>
        <translation>新しい確認リンクを送りますか？
宛先: %1（%2）
前にお送りしたリンクは使えなくなります。</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 の状態: %2</translation>
    </message>
    <message>
        <source>What was typed for %1 is kept as a draft: open it here to go on.</source>
        <translation>%1 の入力内容は入力途中の申込みとして保存しました。この一覧から開いて続きを入力できます。</translation>
    </message>
    <message>
        <source>Company, name, email, phone, postal code, address or application number</source>
        <translation>会社名・氏名・メールアドレス・電話番号・郵便番号・住所・申込み番号</translation>
    </message>
    <message numerus="yes">
        <source>too many fresh links were sent for it in the last hour. The next can be sent in %n minute(s).</source>
        <translation>
            <numerusform>この 1 時間に新しいリンクを送りすぎています。次はあと %n 分で送れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the draft for %1? It is the application open in the application window, which then starts a new one. What was typed in it cannot be recovered.</source>
        <translation>%1 の入力途中の申込みを削除しますか？この申込みは入力画面で開いているもので、入力画面は新しい申込みになります。入力した内容は元に戻せません。</translation>
    </message>
    <message>
        <source>Send a fresh confirmation link?
To: %1 (%2)
The link sent before has expired.</source>
        <translation>新しい確認リンクを送りますか？
宛先: %1（%2）
前にお送りしたリンクは期限が切れています。</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Read the application back to the customer. Characters that are easily confused are marked like this: %1.</source>
        <translation>入力内容をお客様に読み上げて確認してください。紛らわしい文字は次のように強調表示されます: %1</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>申込み(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>申込み</translation>
    </message>
    <message>
        <source>Submit this application? It is saved at once and sent to the service as soon as the network allows.</source>
        <translation>この内容で申し込みますか？申込みはすぐに保存され、ネットワークに接続され次第サービスへ送信されます。</translation>
    </message>
    <message>
        <source>This computer already holds an application to %1:</source>
        <translation>このコンピューターには、%1 宛ての申込みが既にあります:</translation>
    </message>
    <message>
        <source>If the customer is waiting for the confirmation mail, a fresh link can be sent from the applications list instead: a second application sends a second mail.</source>
        <translation>確認メールが届かないというお問い合わせでしたら、申込み一覧から確認メールを再送できます。申込みをもう一度送ると、お客様に確認メールがもう一通届きます。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>・%1</translation>
    </message>
    <message>
        <source>The confirmation mail goes to: %1</source>
        <translation>申込み確認メールの送信先: %1</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>削除する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>T&amp;est connection</source>
        <translation>接続テスト(&amp;E)</translation>
    </message>
    <message>
        <source>Connection to the service</source>
        <translation>サービスへの接続</translation>
    </message>
    <message>
        <source>Applications are sent to the central service at this address. Enter the address and the staff token your administrator gave you.</source>
        <translation>申込みはこのアドレスのセンターサービスへ送信されます。管理者から受け取ったアドレスと担当者のトークンを入力してください。</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>サービスのアドレス</translation>
    </message>
    <message>
        <source>Staff token</source>
        <translation>担当者のトークン</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>(the system&apos;s certificates)</source>
        <translation>（システムの証明書を使用）</translation>
    </message>
    <message>
        <source>Public-key pins</source>
        <translation>公開鍵ピン</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the staff token</source>
        <translation>担当者のトークンを表示</translation>
    </message>
    <message>
        <source>The token is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>トークンはこのコンピューターのキーチェーンに保存されます。ファイルには保存されません。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer: the token is kept only until the app is closed and must be entered again at the next start.</source>
        <translation>このコンピューターではキーチェーンを使用できません。トークンはアプリを閉じるまでの間だけ保持され、次回の起動時に再入力が必要です。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Service &amp;address</source>
        <translation>サービスのアドレス(&amp;A)</translation>
    </message>
    <message>
        <source>Staff &amp;token</source>
        <translation>担当者のトークン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA certificate file</source>
        <translation>CA 証明書ファイル(&amp;C)</translation>
    </message>
    <message>
        <source>Only with a private certificate authority: one pin per line, as curl&apos;s --pinnedpubkey writes them. Leave empty otherwise.</source>
        <translation>社内の認証局を使う場合のみ入力します。1 行に 1 つ、curl の --pinnedpubkey と同じ形式で記入してください。それ以外は空欄のままにします。</translation>
    </message>
    <message>
        <source>Public-key &amp;pins</source>
        <translation>公開鍵ピン(&amp;P)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Line %1 is not a pin: write sha256// and the key&apos;s SHA-256 in base64 (44 characters).</source>
        <translation>%1 行目はピンの形式ではありません。sha256// に続けて鍵の SHA-256 を base64（44 文字）で記入してください。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address.</source>
        <translation>サービスのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter an address such as https://moshikomi.example.co.jp.</source>
        <translation>https://moshikomi.example.co.jp のような形式でアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only for a service on this computer): the token must not travel unencrypted.</source>
        <translation>アドレスは https:// で始めてください（http:// はこのコンピューター上のサービスのみ）。トークンを暗号化せずに送ることはできません。</translation>
    </message>
    <message>
        <source>Enter the staff token your administrator gave you.</source>
        <translation>管理者から受け取った担当者のトークンを入力してください。</translation>
    </message>
    <message>
        <source>A staff token has only letters, digits and punctuation, without spaces: check that it was copied whole.</source>
        <translation>担当者のトークンは英数字と記号のみで、空白を含みません。すべて正しくコピーされているか確認してください。</translation>
    </message>
    <message>
        <source>Not connected: the message at “%1” says why.</source>
        <translation>接続できませんでした。理由は「%1」の欄のメッセージをご覧ください。</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本情報​入力</translation>
    </message>
    <message>
        <source>UTM destinations</source>
        <translation>UTM送付先​入力</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>追加情報​入力</translation>
    </message>
    <message>
        <source>Login users</source>
        <translation>ログインユーザ​情報入力</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Confirmation mail</source>
        <translation>確認メール​送信</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>（省略）</translation>
    </message>
    <message>
        <source>Step %1 of 6, current: %2</source>
        <translation>ステップ %1 / 6（現在）: %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1 / %2: %3</translation>
    </message>
</context>
</TS>
