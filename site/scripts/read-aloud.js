{
  const box = document.currentScript.previousElementSibling
  const note = box.querySelector('.read-aloud-note')
  const buttons = box.querySelectorAll('button')
  const speech = window.speechSynthesis
  const say = (text) => {
    note.textContent = text
    note.hidden = !text
  }
  box.hidden = false
  if (!speech || !window.SpeechSynthesisUtterance) {
    // Without the Web Speech API the buttons could do nothing: say so, and where to turn.
    for (const button of buttons) button.hidden = true
    say('这个浏览器不能朗读。可以打开手机的“朗读屏幕”功能（设置 › 辅助功能或无障碍），或换用系统自带的浏览器。')
  } else {
    const [play, pause, stop] = buttons
    const NO_VOICE = '本机没有找到中文语音，朗读可能没有声音。可以在手机“设置”里的“文字转语音”中下载中文语音，或打开手机的“朗读屏幕”功能。'
    const chinese = () => speech.getVoices().find((voice) => /^(zh|cmn)/i.test(voice.lang)) ?? null
    const set = (state) => {
      box.dataset.state = state
      play.textContent = state === 'paused' ? '继续朗读' : '朗读全文'
      play.disabled = state === 'speaking'
      pause.disabled = state !== 'speaking'
      stop.disabled = state === 'idle'
    }
    set('idle')
    // Voices arrive late in some browsers: decide once they are listed, or after a moment.
    const check = () => say(chinese() ? '' : NO_VOICE)
    speech.addEventListener?.('voiceschanged', check)
    if (speech.getVoices().length > 0) check()
    else setTimeout(check, 800)
    // The text read is the story's, without these controls.
    const text = () => {
      box.hidden = true
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out (paragraph breaks become pauses), which textContent loses
      const value = document.getElementById(box.dataset.target)?.innerText ?? ''
      box.hidden = false
      return value
    }
    play.addEventListener('click', () => {
      if (box.dataset.state === 'paused') {
        speech.resume()
        return set('speaking')
      }
      speech.cancel()
      const utterance = new SpeechSynthesisUtterance(text())
      utterance.lang = 'zh-CN'
      try {
        utterance.voice = chinese()
      } catch {
        // A voice the engine does not take: its default for zh-CN.
      }
      utterance.rate = 0.9
      utterance.onend = () => set('idle')
      utterance.onerror = (event) => {
        if (event.error === 'interrupted' || event.error === 'canceled') return
        set('idle')
        say(NO_VOICE)
      }
      speech.speak(utterance)
      set('speaking')
    })
    pause.addEventListener('click', () => {
      speech.pause()
      set('paused')
    })
    stop.addEventListener('click', () => {
      speech.cancel()
      set('idle')
    })
  }
}
