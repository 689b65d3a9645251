{
  const box = document.currentScript.previousElementSibling
  const [copy, share] = box.querySelectorAll('button')
  const field = box.querySelector('input')
  const note = box.querySelector('.share-note')
  const { url, title } = box.dataset
  const say = (text) => {
    note.textContent = text
  }
  box.hidden = false
  // Where the system share sheet exists (most phone browsers; not inside WeChat, whose own
  // menu shares the page), offer it too.
  if (navigator.share) share.hidden = false
  const fallback = () => {
    field.hidden = false
    field.focus()
    field.select()
    return document.execCommand?.('copy') === true
  }
  copy.addEventListener('click', async () => {
    let copied = false
    try {
      await navigator.clipboard.writeText(url)
      copied = true
    } catch {
      copied = fallback()
    }
    say(copied ? '已复制本条链接，可以粘贴到微信里发给别人。' : '请长按上面的链接，选择“复制”。')
  })
  share.addEventListener('click', async () => {
    try {
      await navigator.share({ title, url })
    } catch (error) {
      if (error?.name !== 'AbortError') say('没有打开分享，可以先复制链接。')
    }
  })
}
