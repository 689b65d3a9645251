/**
 * The renderer: compiled by Vite with Astro's plugins into one module (see compile.ts) and
 * loaded by the build, which keeps it warm between builds. Each view renders from its
 * props alone, through Astro's container API.
 *
 * React components (the islands, site/islands/) render through @astrojs/react's server
 * renderer, added to the container by hand (`addServerRenderer`): the container loads no
 * integration itself. Views use them without a client directive, so a page gets their
 * static HTML and no inline script; the island bundle hydrates them.
 */
import reactRenderer from '@astrojs/react/server.js'
import { experimental_AstroContainer } from 'astro/container'
import AreaPage from '../views/AreaPage.astro'
import AreasPage from '../views/AreasPage.astro'
import ArticlePage from '../views/ArticlePage.astro'
import ElectionPage from '../views/ElectionPage.astro'
import EventPage from '../views/EventPage.astro'
import EventsPage from '../views/EventsPage.astro'
import FieldPage from '../views/FieldPage.astro'
import FigurePage from '../views/FigurePage.astro'
import HomePage from '../views/HomePage.astro'
import ListPage from '../views/ListPage.astro'
import MessagePage from '../views/MessagePage.astro'
import NominationPage from '../views/NominationPage.astro'
import NotFoundPage from '../views/NotFoundPage.astro'
import PrintListPage from '../views/PrintListPage.astro'
import PrintPage from '../views/PrintPage.astro'
import type { ViewName, ViewProps } from '../views/props.ts'
import ReceiptPage from '../views/ReceiptPage.astro'
import RedirectPage from '../views/RedirectPage.astro'
import RegulationArticlePage from '../views/RegulationArticlePage.astro'
import RegulationPage from '../views/RegulationPage.astro'
import RepliesPage from '../views/RepliesPage.astro'
import ScreenPage from '../views/ScreenPage.astro'
import SearchPage from '../views/SearchPage.astro'
import ServiceItemPage from '../views/ServiceItemPage.astro'
import ServicesPage from '../views/ServicesPage.astro'
import SurveyPage from '../views/SurveyPage.astro'
import SurveysPage from '../views/SurveysPage.astro'
import VenuePage from '../views/VenuePage.astro'

const VIEWS: Record<ViewName, typeof HomePage> = {
  HomePage,
  ListPage,
  FigurePage,
  ArticlePage,
  VenuePage,
  RegulationPage,
  RegulationArticlePage,
  AreasPage,
  AreaPage,
  RedirectPage,
  NotFoundPage,
  SearchPage,
  ScreenPage,
  PrintPage,
  PrintListPage,
  RepliesPage,
  MessagePage,
  NominationPage,
  ReceiptPage,
  SurveysPage,
  SurveyPage,
  ElectionPage,
  EventsPage,
  EventPage,
  FieldPage,
  ServicesPage,
  ServiceItemPage,
}

let container: Promise<experimental_AstroContainer> | undefined

export async function renderView<V extends ViewName>(view: V, props: ViewProps[V]): Promise<string> {
  container ??= experimental_AstroContainer.create().then((created) => {
    created.addServerRenderer({ renderer: reactRenderer })
    return created
  })
  return (await container).renderToString(VIEWS[view], { props: props as unknown as Record<string, unknown>, partial: false })
}
