/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountSummary_viewer on User {\n    id\n    email\n    emailVerified\n    role\n    createdAt\n    company {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.AccountSummary_ViewerFragmentDoc,
    "\n  mutation ChangeEmailMutation($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      message\n    }\n  }\n": typeof types.ChangeEmailMutationDocument,
    "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      ...SessionList_viewer\n    }\n  }\n": typeof types.ChangePasswordMutationDocument,
    "\n  fragment SessionList_viewer on User {\n    id\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionList_ViewerFragmentDoc,
    "\n  mutation RevokeSessionMutation($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionMutationDocument,
    "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereMutationDocument,
    "\n  query SignedInViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": typeof types.SignedInViewerQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": typeof types.SignOutMutationDocument,
    "\n  query ViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": typeof types.ViewerQueryDocument,
    "\n  query ArticleEditorOptionsQuery {\n    articleAuthors {\n      slug\n      name\n    }\n    jobCategories {\n      slug\n      name\n    }\n  }\n": typeof types.ArticleEditorOptionsQueryDocument,
    "\n  query AdminArticleQuery($id: ID!) {\n    adminArticle(id: $id) {\n      id\n      slug\n      url\n      section\n      status\n      title\n      summary\n      body\n      tags\n      publishedAt\n      author {\n        slug\n      }\n      categories {\n        slug\n      }\n      salaryCategory {\n        slug\n      }\n      salarySeniority\n      coverImage {\n        url\n        alt\n      }\n    }\n  }\n": typeof types.AdminArticleQueryDocument,
    "\n  query ArticlePreviewQuery($input: ArticlePreviewInput!) {\n    articlePreview(input: $input) {\n      html\n      readingTimeMinutes\n    }\n  }\n": typeof types.ArticlePreviewQueryDocument,
    "\n  fragment ArticleEditor_saved on Article {\n    id\n    url\n    status\n    publishedAt\n    title\n  }\n": typeof types.ArticleEditor_SavedFragmentDoc,
    "\n  mutation CreateArticleMutation($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": typeof types.CreateArticleMutationDocument,
    "\n  mutation UpdateArticleMutation($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": typeof types.UpdateArticleMutationDocument,
    "\n  mutation PublishArticleMutation($id: ID!) {\n    publishArticle(id: $id) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": typeof types.PublishArticleMutationDocument,
    "\n  query AdminArticlesQuery($filter: AllArticlesFilter, $first: Int, $after: String) {\n    allArticles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          url\n          section\n          status\n          publishedAt\n          updatedAt\n          author {\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": typeof types.AdminArticlesQueryDocument,
    "\n  query AdminAuthorsQuery {\n    articleAuthors {\n      slug\n      name\n      bio\n      url\n    }\n  }\n": typeof types.AdminAuthorsQueryDocument,
    "\n  mutation CreateArticleAuthorMutation($input: ArticleAuthorInput!) {\n    createArticleAuthor(input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CreateArticleAuthorMutationDocument,
    "\n  mutation UpdateArticleAuthorMutation($slug: String!, $input: ArticleAuthorInput!) {\n    updateArticleAuthor(slug: $slug, input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.UpdateArticleAuthorMutationDocument,
    "\n  query PendingCompanyClaimsQuery {\n    companyClaims(status: PENDING, first: 50) {\n      id\n      message\n      email\n      emailDomain\n      websiteDomain\n      domainMatches\n      createdAt\n      company {\n        id\n        name\n        slug\n        website\n        verified\n      }\n    }\n  }\n": typeof types.PendingCompanyClaimsQueryDocument,
    "\n  mutation ApproveCompanyClaimMutation($id: ID!) {\n    approveCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveCompanyClaimMutationDocument,
    "\n  mutation RejectCompanyClaimMutation($id: ID!, $reason: String!) {\n    rejectCompanyClaim(id: $id, reason: $reason) {\n      claim {\n        id\n        status\n        reason\n      }\n    }\n  }\n": typeof types.RejectCompanyClaimMutationDocument,
    "\n  query AdminCompaniesQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          website\n          verified\n          openJobsCount\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": typeof types.AdminCompaniesQueryDocument,
    "\n  mutation SetCompanyVerifiedMutation($id: ID!, $verified: Boolean!) {\n    verifyCompany(id: $id, verified: $verified) {\n      company {\n        id\n        verified\n      }\n    }\n  }\n": typeof types.SetCompanyVerifiedMutationDocument,
    "\n  mutation CreatePlanMutation($input: PlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreatePlanMutationDocument,
    "\n  mutation UpdatePlanMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n": typeof types.UpdatePlanMutationDocument,
    "\n  query AdminPlansQuery {\n    allPlans {\n      id\n      slug\n      name\n      description\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n      highlighted\n      inDigestTop\n      position\n      active\n    }\n  }\n": typeof types.AdminPlansQueryDocument,
    "\n  mutation SetPlanActiveMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n": typeof types.SetPlanActiveMutationDocument,
    "\n  query AdminPostingsQuery {\n    reviewQueue(first: 20) {\n      id\n      title\n      status\n      updatedAt\n      descriptionHtml\n      company {\n        id\n        name\n        verified\n      }\n      orders {\n        id\n        invoiceNumber\n        planName\n        status\n      }\n    }\n    unpaidOrders {\n      id\n      invoiceNumber\n      jobTitle\n      planName\n      createdAt\n      price {\n        amount\n        currency\n      }\n      jobId\n    }\n  }\n": typeof types.AdminPostingsQueryDocument,
    "\n  mutation MarkOrderPaidMutation($id: ID!) {\n    markOrderPaid(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MarkOrderPaidMutationDocument,
    "\n  mutation ApprovePostingMutation($id: ID!) {\n    approvePosting(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApprovePostingMutationDocument,
    "\n  mutation RejectPostingMutation($id: ID!, $reason: String!) {\n    rejectPosting(id: $id, reason: $reason) {\n      posting {\n        id\n        status\n        rejectionReason\n      }\n    }\n  }\n": typeof types.RejectPostingMutationDocument,
    "\n  fragment AlertConfirmation_alert on Alert {\n    id\n    email\n    status\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertIsOn_alert\n  }\n": typeof types.AlertConfirmation_AlertFragmentDoc,
    "\n  fragment AlertCriteriaFields_options on Query {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n": typeof types.AlertCriteriaFields_OptionsFragmentDoc,
    "\n  mutation DeleteAlertMutation($input: AlertRefInput!) {\n    deleteAlert(input: $input) {\n      deletedAlertId\n    }\n  }\n": typeof types.DeleteAlertMutationDocument,
    "\n  mutation UpdateAlertMutation($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      alert {\n        id\n        ...AlertManager_alert\n      }\n    }\n  }\n": typeof types.UpdateAlertMutationDocument,
    "\n  fragment AlertIsOn_alert on Alert {\n    id\n    email\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n  }\n": typeof types.AlertIsOn_AlertFragmentDoc,
    "\n  fragment AlertList_viewer on User {\n    id\n    email\n    alerts {\n      id\n      email\n      summary\n      status\n      frequency\n      sendHour\n      sendWeekday\n      timeZone\n      lastSentAt\n      ...AlertPauseButton_alert\n    }\n  }\n": typeof types.AlertList_ViewerFragmentDoc,
    "\n  fragment AlertManager_alert on Alert {\n    id\n    email\n    status\n    pausedReason\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    lastSentAt\n    createdAt\n    criteria {\n      query\n      categories\n      seniorities\n      employmentTypes\n      remote\n      locations\n      companies\n      tags\n      salaryMin\n      salaryCurrency\n    }\n    ...AlertPauseButton_alert\n  }\n": typeof types.AlertManager_AlertFragmentDoc,
    "\n  fragment AlertPauseButton_alert on Alert {\n    id\n    status\n    summary\n  }\n": typeof types.AlertPauseButton_AlertFragmentDoc,
    "\n  mutation PauseAlertMutation($input: AlertRefInput!) {\n    pauseAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n": typeof types.PauseAlertMutationDocument,
    "\n  mutation ResumeAlertMutation($input: AlertRefInput!) {\n    resumeAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n": typeof types.ResumeAlertMutationDocument,
    "\n  fragment AlertUnsubscribe_alert on Alert {\n    id\n    email\n    status\n    summary\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertPauseButton_alert\n  }\n": typeof types.AlertUnsubscribe_AlertFragmentDoc,
    "\n  mutation UnsubscribeAlertMutation($input: AlertTokenInput!) {\n    unsubscribeAlert(input: $input) {\n      alert {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UnsubscribeAlertMutationDocument,
    "\n  fragment ArticleCard_article on Article {\n    id\n    url\n    title\n    summary\n    section\n    publishedAt\n    readingTimeMinutes\n    author {\n      name\n    }\n  }\n": typeof types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment SalaryGuideFigures_article on Article {\n    id\n    categories {\n      id\n      name\n    }\n    salaryStats {\n      sampleSize\n      currency\n      p25\n      median\n      p75\n    }\n  }\n": typeof types.SalaryGuideFigures_ArticleFragmentDoc,
    "\n  fragment CompanyCard_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl96: logoUrl(size: 96)\n    description\n    headquarters\n    size\n    website\n    openJobsCount\n  }\n": typeof types.CompanyCard_CompanyFragmentDoc,
    "\n  fragment CompanyGrid_companies on CompanyConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...CompanyTile_company\n      }\n    }\n  }\n": typeof types.CompanyGrid_CompaniesFragmentDoc,
    "\n  fragment CompanyProfile_company on Company {\n    id\n    name\n    logoUrl144: logoUrl(size: 144)\n    descriptionHtml\n    headquarters\n    size\n    website\n    verified\n  }\n": typeof types.CompanyProfile_CompanyFragmentDoc,
    "\n  fragment CompanyTile_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl\n    headquarters\n    size\n    verified\n    openJobsCount\n    description\n  }\n": typeof types.CompanyTile_CompanyFragmentDoc,
    "\n  mutation SendContactMessageMutation($input: ContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      message\n    }\n  }\n": typeof types.SendContactMessageMutationDocument,
    "\n  query MyCompanyClaimQuery {\n    myCompanyClaim {\n      id\n      status\n      message\n      reason\n      createdAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyCompanyClaimQueryDocument,
    "\n  mutation WithdrawCompanyClaimMutation($id: ID!) {\n    withdrawCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": typeof types.WithdrawCompanyClaimMutationDocument,
    "\n  mutation CreateCompanyMutation($input: CompanyProfileInput!) {\n    createCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CreateCompanyMutationDocument,
    "\n  mutation UpdateCompanyMutation($input: CompanyProfileInput!) {\n    updateCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n        website\n        headquarters\n        size\n        description\n      }\n    }\n  }\n": typeof types.UpdateCompanyMutationDocument,
    "\n  query CompanyProfileSectionQuery {\n    myCompany {\n      id\n      name\n      website\n      headquarters\n      size\n      description\n    }\n    myBillingDetails {\n      legalName\n      addressLines\n      country\n      taxId\n      email\n    }\n  }\n": typeof types.CompanyProfileSectionQueryDocument,
    "\n  mutation DuplicatePostingMutation($id: ID!) {\n    duplicatePosting(id: $id) {\n      posting {\n        id\n      }\n    }\n  }\n": typeof types.DuplicatePostingMutationDocument,
    "\n  fragment InvoiceDocument_invoice on Invoice {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    seller {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    buyer {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    line {\n      planName\n      jobTitle\n      durationDays\n      featuredDays\n      amount {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    payment {\n      method\n      lines\n      payUrl\n    }\n  }\n": typeof types.InvoiceDocument_InvoiceFragmentDoc,
    "\n  query JoinCompanySearchQuery($query: String!, $first: Int!) {\n    companies(first: $first, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          website\n          headquarters\n          verified\n        }\n      }\n    }\n  }\n": typeof types.JoinCompanySearchQueryDocument,
    "\n  mutation RequestCompanyClaimMutation($input: RequestCompanyClaimInput!) {\n    requestCompanyClaim(input: $input) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RequestCompanyClaimMutationDocument,
    "\n  fragment OrderList_order on Order {\n    id\n    invoiceNumber\n    status\n    planName\n    jobTitle\n    createdAt\n    dueAt\n    paidAt\n    price {\n      amount\n      currency\n    }\n  }\n": typeof types.OrderList_OrderFragmentDoc,
    "\n  query PostingFormOptionsQuery {\n    myCompany {\n      id\n      slug\n      name\n      logoUrl\n      verified\n    }\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n    plans {\n      id\n      slug\n      name\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n    }\n  }\n": typeof types.PostingFormOptionsQueryDocument,
    "\n  query PostingToEditQuery($id: ID!) {\n    myPosting(id: $id) {\n      id\n      status\n      fields {\n        title\n        category\n        seniority\n        employmentType\n        remote\n        locations\n        salary {\n          min\n          max\n          currency\n          period\n        }\n        tags\n        applyUrl\n        description\n        validThrough\n      }\n    }\n  }\n": typeof types.PostingToEditQueryDocument,
    "\n  query DescriptionPreviewQuery($input: DescriptionPreviewInput!) {\n    descriptionPreview(input: $input)\n  }\n": typeof types.DescriptionPreviewQueryDocument,
    "\n  mutation SavePostingMutation($id: ID, $input: PostingInput!) {\n    savePosting(id: $id, input: $input) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SavePostingMutationDocument,
    "\n  mutation SubmitPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.SubmitPostingMutationDocument,
    "\n  fragment PostingList_posting on Posting {\n    id\n    slug\n    title\n    status\n    rejectionReason\n    updatedAt\n    validThrough\n    stats {\n      views\n      applyClicks\n      daily {\n        day\n        views\n        applyClicks\n      }\n    }\n    orders {\n      id\n      invoiceNumber\n      status\n    }\n  }\n": typeof types.PostingList_PostingFragmentDoc,
    "\n  mutation ClosePostingMutation($id: ID!) {\n    closePosting(id: $id) {\n      posting {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.ClosePostingMutationDocument,
    "\n  mutation ResubmitPostingMutation($id: ID!) {\n    resubmitPosting(id: $id) {\n      posting {\n        id\n        status\n        rejectionReason\n        updatedAt\n      }\n    }\n  }\n": typeof types.ResubmitPostingMutationDocument,
    "\n  query RenewPlansQuery {\n    plans {\n      id\n      slug\n      name\n      durationDays\n      price {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.RenewPlansQueryDocument,
    "\n  mutation RenewPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n        updatedAt\n        orders {\n          id\n          invoiceNumber\n          status\n        }\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.RenewPostingMutationDocument,
    "\n  query CompanyTeamQuery {\n    myCompanyTeam {\n      canInvite\n      members {\n        id\n        email\n        isYou\n      }\n      invitations {\n        id\n        email\n        invitedBy\n        expiresAt\n      }\n    }\n  }\n": typeof types.CompanyTeamQueryDocument,
    "\n  mutation InviteColleagueMutation($email: String!) {\n    inviteColleague(email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteColleagueMutationDocument,
    "\n  mutation RevokeCompanyInvitationMutation($id: ID!) {\n    revokeCompanyInvitation(id: $id) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.RevokeCompanyInvitationMutationDocument,
    "\n  fragment GlossaryHighlights_terms on GlossaryTermConnection {\n    edges {\n      node {\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n": typeof types.GlossaryHighlights_TermsFragmentDoc,
    "\n  fragment GlossaryLetterNav_letter on GlossaryLetter {\n    letter\n    count\n  }\n": typeof types.GlossaryLetterNav_LetterFragmentDoc,
    "\n  fragment GlossaryTermBody_term on GlossaryTerm {\n    id\n    term\n    body\n    howItWorks\n    careerRelevance\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.GlossaryTermBody_TermFragmentDoc,
    "\n  fragment GlossaryTermCard_term on GlossaryTerm {\n    id\n    slug\n    url\n    term\n    shortDefinition\n  }\n": typeof types.GlossaryTermCard_TermFragmentDoc,
    "\n  fragment GlossaryTermFaqs_term on GlossaryTerm {\n    id\n    faqs {\n      question\n      answer\n    }\n  }\n": typeof types.GlossaryTermFaqs_TermFragmentDoc,
    "\n  fragment GlossaryTermHeader_term on GlossaryTerm {\n    id\n    term\n    shortDefinition\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.GlossaryTermHeader_TermFragmentDoc,
    "\n  fragment GlossaryTermList_terms on GlossaryTermConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        id\n        term\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n": typeof types.GlossaryTermList_TermsFragmentDoc,
    "\n  fragment RelatedTerms_term on GlossaryTerm {\n    id\n    relatedTerms {\n      ...GlossaryTermCard_term\n    }\n  }\n": typeof types.RelatedTerms_TermFragmentDoc,
    "\n  fragment TermRelatedJobs_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n    jobs(first: 5) {\n      edges {\n        node {\n          ...JobCard_job\n        }\n      }\n    }\n  }\n": typeof types.TermRelatedJobs_CategoryFragmentDoc,
    "\n  fragment ActiveFilters_facets on JobFacets {\n    categories {\n      value\n      label\n    }\n    locations {\n      value\n      label\n    }\n    companies {\n      value\n      label\n    }\n  }\n": typeof types.ActiveFilters_FacetsFragmentDoc,
    "\n  fragment ApplyButton_job on Job {\n    id\n    applyLink\n  }\n": typeof types.ApplyButton_JobFragmentDoc,
    "\n  fragment CategoryTiles_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n  }\n": typeof types.CategoryTiles_CategoryFragmentDoc,
    "\n  fragment CityPills_location on Location {\n    id\n    slug\n    city\n    jobCount\n  }\n": typeof types.CityPills_LocationFragmentDoc,
    "\n  fragment FeaturedJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": typeof types.FeaturedJobs_JobsFragmentDoc,
    "\n  fragment JobCard_job on Job {\n    id\n    slug\n    url\n    title\n    featured\n    highlighted\n    postedAt\n    remote\n    seniority\n    employmentType\n    category {\n      id\n      slug\n      name\n    }\n    company {\n      id\n      slug\n      name\n      logoUrl\n    }\n    locations {\n      id\n      city\n      country\n      slug\n    }\n    salary {\n      min\n      max\n      currency\n      period\n    }\n  }\n": typeof types.JobCard_JobFragmentDoc,
    "\n  fragment JobDescription_job on Job {\n    id\n    descriptionHtml\n  }\n": typeof types.JobDescription_JobFragmentDoc,
    "\n  fragment JobDetailHeader_job on Job {\n    id\n    title\n    company {\n      id\n      slug\n      url\n      name\n      logoUrl128: logoUrl(size: 128)\n      verified\n    }\n  }\n": typeof types.JobDetailHeader_JobFragmentDoc,
    "\n  fragment JobFacts_job on Job {\n    id\n    remote\n    seniority\n    employmentType\n    postedAt\n    validThrough\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    category {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n  }\n": typeof types.JobFacts_JobFragmentDoc,
    "\n  fragment JobFilters_facets on JobFacets {\n    total\n    categories {\n      value\n      label\n      count\n    }\n    seniorities {\n      value\n      count\n    }\n    employmentTypes {\n      value\n      count\n    }\n    remote {\n      value\n      count\n    }\n    locations {\n      value\n      label\n      count\n    }\n    companies {\n      value\n      label\n      count\n    }\n    tags {\n      value\n      label\n      count\n    }\n  }\n": typeof types.JobFilters_FacetsFragmentDoc,
    "\n  fragment JobGlossaryTerms_job on Job {\n    id\n    glossaryTerms {\n      id\n      slug\n      url\n      term\n      shortDefinition\n    }\n  }\n": typeof types.JobGlossaryTerms_JobFragmentDoc,
    "\n  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {\n    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      ...PagedJobList_jobs\n    }\n  }\n": typeof types.JobSearchQueryDocument,
    "\n  query JobSearchFacetsQuery($filter: JobFilter) {\n    jobFacets(filter: $filter) {\n      ...JobFilters_facets\n      ...ActiveFilters_facets\n    }\n  }\n": typeof types.JobSearchFacetsQueryDocument,
    "\n  fragment JobTags_job on Job {\n    id\n    tags\n  }\n": typeof types.JobTags_JobFragmentDoc,
    "\n  fragment LatestJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": typeof types.LatestJobs_JobsFragmentDoc,
    "\n  fragment PagedJobList_jobs on JobConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": typeof types.PagedJobList_JobsFragmentDoc,
    "\n  fragment SimilarJobs_job on Job {\n    id\n    similarJobs(first: 5) {\n      ...JobCard_job\n    }\n  }\n": typeof types.SimilarJobs_JobFragmentDoc,
    "\n  fragment JobDocumentMeta_job on Job {\n    id\n    title\n    isLive\n    seniority\n    remote\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    company {\n      id\n      name\n    }\n  }\n": typeof types.JobDocumentMeta_JobFragmentDoc,
    "\n  fragment PlanCard_plan on Plan {\n    id\n    slug\n    name\n    description\n    price {\n      amount\n      currency\n    }\n    durationDays\n    featuredDays\n    highlighted\n    inDigestTop\n  }\n": typeof types.PlanCard_PlanFragmentDoc,
    "\n  fragment SalaryStatsFields on SalaryStats {\n    currency\n    median\n    p25\n    p75\n    period\n    sampleSize\n  }\n": typeof types.SalaryStatsFieldsFragmentDoc,
    "\n  query AccountRouteQuery {\n    viewer {\n      id\n      email\n      ...AccountSummary_viewer\n      ...AlertList_viewer\n      ...SessionList_viewer\n    }\n  }\n": typeof types.AccountRouteQueryDocument,
    "\n  query AlertsRouteQuery {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n    ...AlertCriteriaFields_options\n  }\n": typeof types.AlertsRouteQueryDocument,
    "\n  mutation CreateAlertMutation($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      alert {\n        id\n        status\n        ...AlertConfirmation_alert\n      }\n    }\n  }\n": typeof types.CreateAlertMutationDocument,
    "\n  query ArticleRouteQuery($slug: String!) {\n    article(slug: $slug) {\n      id\n      url\n      title\n      summary\n      section\n      bodyHtml\n      publishedAt\n      updatedAt\n      readingTimeMinutes\n      tags\n      coverImage {\n        url\n        alt\n      }\n      author {\n        name\n        bio\n        url\n      }\n      categories {\n        id\n        slug\n        name\n      }\n      ...SalaryGuideFigures_article\n      jobs(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            ...JobCard_job\n          }\n        }\n      }\n      relatedArticles(first: 3) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n": typeof types.ArticleRouteQueryDocument,
    "\n  query ArticleSectionRouteQuery($section: ArticleSection!, $tag: String, $first: Int, $after: String) {\n    articles(first: $first, after: $after, filter: { section: $section, tag: $tag }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ArticleCard_article\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": typeof types.ArticleSectionRouteQueryDocument,
    "\n  query AuthorRouteQuery($slug: String!) {\n    articleAuthor(slug: $slug) {\n      name\n      bio\n      articles(first: 20) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n": typeof types.AuthorRouteQueryDocument,
    "\n  query CategoryJobsRouteQuery($slug: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n": typeof types.CategoryJobsRouteQueryDocument,
    "\n  query CityJobsRouteQuery($slug: String!) {\n    location(slug: $slug) {\n      id\n      slug\n      city\n      region\n      country\n      jobCount\n    }\n  }\n": typeof types.CityJobsRouteQueryDocument,
    "\n  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      ...CompanyGrid_companies\n    }\n  }\n": typeof types.CompaniesRouteQueryDocument,
    "\n  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {\n    company(slug: $slug) {\n      id\n      name\n      description\n      openJobsCount\n      ...CompanyProfile_company\n      jobs(first: $first, after: $after) {\n        ...PagedJobList_jobs\n      }\n    }\n  }\n": typeof types.CompanyRouteQueryDocument,
    "\n  query ConfirmAlertRouteQuery {\n    viewer {\n      id\n      email\n    }\n  }\n": typeof types.ConfirmAlertRouteQueryDocument,
    "\n  mutation ConfirmAlertMutation($input: AlertTokenInput!) {\n    confirmAlert(input: $input) {\n      alert {\n        id\n        email\n        status\n        summary\n        ...AlertIsOn_alert\n      }\n    }\n  }\n": typeof types.ConfirmAlertMutationDocument,
    "\n  mutation ConfirmEmailChangeMutation($input: TokenInput!) {\n    confirmEmailChange(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ConfirmEmailChangeMutationDocument,
    "\n  query EmployerDashboardQuery {\n    myCompany {\n      id\n      slug\n      name\n      verified\n      logoUrl(size: 144)\n    }\n    myPostings(first: 50) {\n      id\n      status\n      stats {\n        views\n        applyClicks\n        daily {\n          day\n          views\n          applyClicks\n        }\n      }\n      ...PostingList_posting\n    }\n    myOrders(first: 50) {\n      id\n      ...OrderList_order\n    }\n    myBillingDetails {\n      legalName\n    }\n  }\n": typeof types.EmployerDashboardQueryDocument,
    "\n  query CompanyInvitationQuery($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      email\n      expiresAt\n    }\n  }\n": typeof types.CompanyInvitationQueryDocument,
    "\n  mutation AcceptCompanyInvitationMutation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      company {\n        id\n        name\n        slug\n        verified\n      }\n    }\n  }\n": typeof types.AcceptCompanyInvitationMutationDocument,
    "\n  mutation RequestPasswordResetMutation($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": typeof types.RequestPasswordResetMutationDocument,
    "\n  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      ...GlossaryTermList_terms\n    }\n  }\n": typeof types.GlossaryRouteQueryDocument,
    "\n  query GlossaryLettersQuery {\n    glossaryLetters {\n      ...GlossaryLetterNav_letter\n    }\n  }\n": typeof types.GlossaryLettersQueryDocument,
    "\n  query GlossaryTermRouteQuery($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      id\n      term\n      shortDefinition\n      ...GlossaryTermHeader_term\n      ...GlossaryTermBody_term\n      ...GlossaryTermFaqs_term\n      ...RelatedTerms_term\n      relatedCategory {\n        id\n        ...TermRelatedJobs_category\n      }\n    }\n  }\n": typeof types.GlossaryTermRouteQueryDocument,
    "\n  query HomeRouteQuery {\n    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {\n      ...FeaturedJobs_jobs\n    }\n    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {\n      totalCount\n      ...LatestJobs_jobs\n    }\n    jobCategories {\n      ...CategoryTiles_category\n    }\n    locations {\n      ...CityPills_location\n    }\n    glossaryTerms(first: 6) {\n      ...GlossaryHighlights_terms\n    }\n  }\n": typeof types.HomeRouteQueryDocument,
    "\n  query InvoiceRouteQuery($number: String!) {\n    invoice(number: $number) {\n      number\n      ...InvoiceDocument_invoice\n    }\n  }\n": typeof types.InvoiceRouteQueryDocument,
    "\n  query JobCategoriesRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n": typeof types.JobCategoriesRouteQueryDocument,
    "\n  query JobDetailRouteQuery($slug: String!) {\n    job(slug: $slug, includeEnded: true) {\n      id\n      title\n      isLive\n      category {\n        id\n        slug\n        name\n      }\n      company {\n        id\n        ...CompanyCard_company\n      }\n      ...JobDocumentMeta_job\n      ...JobDetailHeader_job\n      ...JobFacts_job\n      ...ApplyButton_job\n      ...JobDescription_job\n      ...JobTags_job\n      ...JobGlossaryTerms_job\n      ...SimilarJobs_job\n    }\n  }\n": typeof types.JobDetailRouteQueryDocument,
    "\n  query ManageAlertRouteQuery($token: String!, $byToken: Boolean!) {\n    alertByToken(token: $token) @include(if: $byToken) {\n      id\n      ...AlertManager_alert\n    }\n    viewer @skip(if: $byToken) {\n      id\n      alerts {\n        id\n        ...AlertManager_alert\n      }\n    }\n    ...AlertCriteriaFields_options\n  }\n": typeof types.ManageAlertRouteQueryDocument,
    "\n  query PricingRouteQuery {\n    plans {\n      id\n      slug\n      ...PlanCard_plan\n    }\n  }\n": typeof types.PricingRouteQueryDocument,
    "\n  mutation ResetPasswordMutation($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ResetPasswordMutationDocument,
    "\n  query SalariesRouteQuery($currency: String!) {\n    overall: salaryStats(currency: $currency) {\n      ...SalaryStatsFields\n    }\n    byCategory: salaryBreakdown(by: CATEGORY, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byCity: salaryBreakdown(by: LOCATION, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n": typeof types.SalariesRouteQueryDocument,
    "\n  query SalaryCategoryRouteQuery($slug: String!, $categories: [String!]!, $currency: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n    overall: salaryStats(filter: { categories: $categories }, currency: $currency) {\n      ...SalaryStatsFields\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byRemote: salaryBreakdown(by: REMOTE, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n": typeof types.SalaryCategoryRouteQueryDocument,
    "\n  mutation SignInMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.SignInMutationDocument,
    "\n  mutation SignUpMutation($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": typeof types.SignUpMutationDocument,
    "\n  query SitemapRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n": typeof types.SitemapRouteQueryDocument,
    "\n  query UnsubscribeAlertRouteQuery($token: String!) {\n    alertByToken(token: $token) {\n      id\n      ...AlertUnsubscribe_alert\n    }\n  }\n": typeof types.UnsubscribeAlertRouteQueryDocument,
    "\n  mutation VerifyEmailMutation($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      viewer {\n        id\n        email\n        role\n        emailVerified\n      }\n    }\n  }\n": typeof types.VerifyEmailMutationDocument,
    "\n  fragment LoadMore_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.LoadMore_PageInfoFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AccountSummary_viewer on User {\n    id\n    email\n    emailVerified\n    role\n    createdAt\n    company {\n      id\n      name\n      slug\n    }\n  }\n": types.AccountSummary_ViewerFragmentDoc,
    "\n  mutation ChangeEmailMutation($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      message\n    }\n  }\n": types.ChangeEmailMutationDocument,
    "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      ...SessionList_viewer\n    }\n  }\n": types.ChangePasswordMutationDocument,
    "\n  fragment SessionList_viewer on User {\n    id\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": types.SessionList_ViewerFragmentDoc,
    "\n  mutation RevokeSessionMutation($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionMutationDocument,
    "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereMutationDocument,
    "\n  query SignedInViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": types.SignedInViewerQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": types.SignOutMutationDocument,
    "\n  query ViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": types.ViewerQueryDocument,
    "\n  query ArticleEditorOptionsQuery {\n    articleAuthors {\n      slug\n      name\n    }\n    jobCategories {\n      slug\n      name\n    }\n  }\n": types.ArticleEditorOptionsQueryDocument,
    "\n  query AdminArticleQuery($id: ID!) {\n    adminArticle(id: $id) {\n      id\n      slug\n      url\n      section\n      status\n      title\n      summary\n      body\n      tags\n      publishedAt\n      author {\n        slug\n      }\n      categories {\n        slug\n      }\n      salaryCategory {\n        slug\n      }\n      salarySeniority\n      coverImage {\n        url\n        alt\n      }\n    }\n  }\n": types.AdminArticleQueryDocument,
    "\n  query ArticlePreviewQuery($input: ArticlePreviewInput!) {\n    articlePreview(input: $input) {\n      html\n      readingTimeMinutes\n    }\n  }\n": types.ArticlePreviewQueryDocument,
    "\n  fragment ArticleEditor_saved on Article {\n    id\n    url\n    status\n    publishedAt\n    title\n  }\n": types.ArticleEditor_SavedFragmentDoc,
    "\n  mutation CreateArticleMutation($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": types.CreateArticleMutationDocument,
    "\n  mutation UpdateArticleMutation($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": types.UpdateArticleMutationDocument,
    "\n  mutation PublishArticleMutation($id: ID!) {\n    publishArticle(id: $id) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n": types.PublishArticleMutationDocument,
    "\n  query AdminArticlesQuery($filter: AllArticlesFilter, $first: Int, $after: String) {\n    allArticles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          url\n          section\n          status\n          publishedAt\n          updatedAt\n          author {\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": types.AdminArticlesQueryDocument,
    "\n  query AdminAuthorsQuery {\n    articleAuthors {\n      slug\n      name\n      bio\n      url\n    }\n  }\n": types.AdminAuthorsQueryDocument,
    "\n  mutation CreateArticleAuthorMutation($input: ArticleAuthorInput!) {\n    createArticleAuthor(input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n": types.CreateArticleAuthorMutationDocument,
    "\n  mutation UpdateArticleAuthorMutation($slug: String!, $input: ArticleAuthorInput!) {\n    updateArticleAuthor(slug: $slug, input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n": types.UpdateArticleAuthorMutationDocument,
    "\n  query PendingCompanyClaimsQuery {\n    companyClaims(status: PENDING, first: 50) {\n      id\n      message\n      email\n      emailDomain\n      websiteDomain\n      domainMatches\n      createdAt\n      company {\n        id\n        name\n        slug\n        website\n        verified\n      }\n    }\n  }\n": types.PendingCompanyClaimsQueryDocument,
    "\n  mutation ApproveCompanyClaimMutation($id: ID!) {\n    approveCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveCompanyClaimMutationDocument,
    "\n  mutation RejectCompanyClaimMutation($id: ID!, $reason: String!) {\n    rejectCompanyClaim(id: $id, reason: $reason) {\n      claim {\n        id\n        status\n        reason\n      }\n    }\n  }\n": types.RejectCompanyClaimMutationDocument,
    "\n  query AdminCompaniesQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          website\n          verified\n          openJobsCount\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": types.AdminCompaniesQueryDocument,
    "\n  mutation SetCompanyVerifiedMutation($id: ID!, $verified: Boolean!) {\n    verifyCompany(id: $id, verified: $verified) {\n      company {\n        id\n        verified\n      }\n    }\n  }\n": types.SetCompanyVerifiedMutationDocument,
    "\n  mutation CreatePlanMutation($input: PlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n    }\n  }\n": types.CreatePlanMutationDocument,
    "\n  mutation UpdatePlanMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n": types.UpdatePlanMutationDocument,
    "\n  query AdminPlansQuery {\n    allPlans {\n      id\n      slug\n      name\n      description\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n      highlighted\n      inDigestTop\n      position\n      active\n    }\n  }\n": types.AdminPlansQueryDocument,
    "\n  mutation SetPlanActiveMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n": types.SetPlanActiveMutationDocument,
    "\n  query AdminPostingsQuery {\n    reviewQueue(first: 20) {\n      id\n      title\n      status\n      updatedAt\n      descriptionHtml\n      company {\n        id\n        name\n        verified\n      }\n      orders {\n        id\n        invoiceNumber\n        planName\n        status\n      }\n    }\n    unpaidOrders {\n      id\n      invoiceNumber\n      jobTitle\n      planName\n      createdAt\n      price {\n        amount\n        currency\n      }\n      jobId\n    }\n  }\n": types.AdminPostingsQueryDocument,
    "\n  mutation MarkOrderPaidMutation($id: ID!) {\n    markOrderPaid(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": types.MarkOrderPaidMutationDocument,
    "\n  mutation ApprovePostingMutation($id: ID!) {\n    approvePosting(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": types.ApprovePostingMutationDocument,
    "\n  mutation RejectPostingMutation($id: ID!, $reason: String!) {\n    rejectPosting(id: $id, reason: $reason) {\n      posting {\n        id\n        status\n        rejectionReason\n      }\n    }\n  }\n": types.RejectPostingMutationDocument,
    "\n  fragment AlertConfirmation_alert on Alert {\n    id\n    email\n    status\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertIsOn_alert\n  }\n": types.AlertConfirmation_AlertFragmentDoc,
    "\n  fragment AlertCriteriaFields_options on Query {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n": types.AlertCriteriaFields_OptionsFragmentDoc,
    "\n  mutation DeleteAlertMutation($input: AlertRefInput!) {\n    deleteAlert(input: $input) {\n      deletedAlertId\n    }\n  }\n": types.DeleteAlertMutationDocument,
    "\n  mutation UpdateAlertMutation($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      alert {\n        id\n        ...AlertManager_alert\n      }\n    }\n  }\n": types.UpdateAlertMutationDocument,
    "\n  fragment AlertIsOn_alert on Alert {\n    id\n    email\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n  }\n": types.AlertIsOn_AlertFragmentDoc,
    "\n  fragment AlertList_viewer on User {\n    id\n    email\n    alerts {\n      id\n      email\n      summary\n      status\n      frequency\n      sendHour\n      sendWeekday\n      timeZone\n      lastSentAt\n      ...AlertPauseButton_alert\n    }\n  }\n": types.AlertList_ViewerFragmentDoc,
    "\n  fragment AlertManager_alert on Alert {\n    id\n    email\n    status\n    pausedReason\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    lastSentAt\n    createdAt\n    criteria {\n      query\n      categories\n      seniorities\n      employmentTypes\n      remote\n      locations\n      companies\n      tags\n      salaryMin\n      salaryCurrency\n    }\n    ...AlertPauseButton_alert\n  }\n": types.AlertManager_AlertFragmentDoc,
    "\n  fragment AlertPauseButton_alert on Alert {\n    id\n    status\n    summary\n  }\n": types.AlertPauseButton_AlertFragmentDoc,
    "\n  mutation PauseAlertMutation($input: AlertRefInput!) {\n    pauseAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n": types.PauseAlertMutationDocument,
    "\n  mutation ResumeAlertMutation($input: AlertRefInput!) {\n    resumeAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n": types.ResumeAlertMutationDocument,
    "\n  fragment AlertUnsubscribe_alert on Alert {\n    id\n    email\n    status\n    summary\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertPauseButton_alert\n  }\n": types.AlertUnsubscribe_AlertFragmentDoc,
    "\n  mutation UnsubscribeAlertMutation($input: AlertTokenInput!) {\n    unsubscribeAlert(input: $input) {\n      alert {\n        id\n        status\n      }\n    }\n  }\n": types.UnsubscribeAlertMutationDocument,
    "\n  fragment ArticleCard_article on Article {\n    id\n    url\n    title\n    summary\n    section\n    publishedAt\n    readingTimeMinutes\n    author {\n      name\n    }\n  }\n": types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment SalaryGuideFigures_article on Article {\n    id\n    categories {\n      id\n      name\n    }\n    salaryStats {\n      sampleSize\n      currency\n      p25\n      median\n      p75\n    }\n  }\n": types.SalaryGuideFigures_ArticleFragmentDoc,
    "\n  fragment CompanyCard_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl96: logoUrl(size: 96)\n    description\n    headquarters\n    size\n    website\n    openJobsCount\n  }\n": types.CompanyCard_CompanyFragmentDoc,
    "\n  fragment CompanyGrid_companies on CompanyConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...CompanyTile_company\n      }\n    }\n  }\n": types.CompanyGrid_CompaniesFragmentDoc,
    "\n  fragment CompanyProfile_company on Company {\n    id\n    name\n    logoUrl144: logoUrl(size: 144)\n    descriptionHtml\n    headquarters\n    size\n    website\n    verified\n  }\n": types.CompanyProfile_CompanyFragmentDoc,
    "\n  fragment CompanyTile_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl\n    headquarters\n    size\n    verified\n    openJobsCount\n    description\n  }\n": types.CompanyTile_CompanyFragmentDoc,
    "\n  mutation SendContactMessageMutation($input: ContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      message\n    }\n  }\n": types.SendContactMessageMutationDocument,
    "\n  query MyCompanyClaimQuery {\n    myCompanyClaim {\n      id\n      status\n      message\n      reason\n      createdAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.MyCompanyClaimQueryDocument,
    "\n  mutation WithdrawCompanyClaimMutation($id: ID!) {\n    withdrawCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": types.WithdrawCompanyClaimMutationDocument,
    "\n  mutation CreateCompanyMutation($input: CompanyProfileInput!) {\n    createCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CreateCompanyMutationDocument,
    "\n  mutation UpdateCompanyMutation($input: CompanyProfileInput!) {\n    updateCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n        website\n        headquarters\n        size\n        description\n      }\n    }\n  }\n": types.UpdateCompanyMutationDocument,
    "\n  query CompanyProfileSectionQuery {\n    myCompany {\n      id\n      name\n      website\n      headquarters\n      size\n      description\n    }\n    myBillingDetails {\n      legalName\n      addressLines\n      country\n      taxId\n      email\n    }\n  }\n": types.CompanyProfileSectionQueryDocument,
    "\n  mutation DuplicatePostingMutation($id: ID!) {\n    duplicatePosting(id: $id) {\n      posting {\n        id\n      }\n    }\n  }\n": types.DuplicatePostingMutationDocument,
    "\n  fragment InvoiceDocument_invoice on Invoice {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    seller {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    buyer {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    line {\n      planName\n      jobTitle\n      durationDays\n      featuredDays\n      amount {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    payment {\n      method\n      lines\n      payUrl\n    }\n  }\n": types.InvoiceDocument_InvoiceFragmentDoc,
    "\n  query JoinCompanySearchQuery($query: String!, $first: Int!) {\n    companies(first: $first, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          website\n          headquarters\n          verified\n        }\n      }\n    }\n  }\n": types.JoinCompanySearchQueryDocument,
    "\n  mutation RequestCompanyClaimMutation($input: RequestCompanyClaimInput!) {\n    requestCompanyClaim(input: $input) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n": types.RequestCompanyClaimMutationDocument,
    "\n  fragment OrderList_order on Order {\n    id\n    invoiceNumber\n    status\n    planName\n    jobTitle\n    createdAt\n    dueAt\n    paidAt\n    price {\n      amount\n      currency\n    }\n  }\n": types.OrderList_OrderFragmentDoc,
    "\n  query PostingFormOptionsQuery {\n    myCompany {\n      id\n      slug\n      name\n      logoUrl\n      verified\n    }\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n    plans {\n      id\n      slug\n      name\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n    }\n  }\n": types.PostingFormOptionsQueryDocument,
    "\n  query PostingToEditQuery($id: ID!) {\n    myPosting(id: $id) {\n      id\n      status\n      fields {\n        title\n        category\n        seniority\n        employmentType\n        remote\n        locations\n        salary {\n          min\n          max\n          currency\n          period\n        }\n        tags\n        applyUrl\n        description\n        validThrough\n      }\n    }\n  }\n": types.PostingToEditQueryDocument,
    "\n  query DescriptionPreviewQuery($input: DescriptionPreviewInput!) {\n    descriptionPreview(input: $input)\n  }\n": types.DescriptionPreviewQueryDocument,
    "\n  mutation SavePostingMutation($id: ID, $input: PostingInput!) {\n    savePosting(id: $id, input: $input) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n": types.SavePostingMutationDocument,
    "\n  mutation SubmitPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.SubmitPostingMutationDocument,
    "\n  fragment PostingList_posting on Posting {\n    id\n    slug\n    title\n    status\n    rejectionReason\n    updatedAt\n    validThrough\n    stats {\n      views\n      applyClicks\n      daily {\n        day\n        views\n        applyClicks\n      }\n    }\n    orders {\n      id\n      invoiceNumber\n      status\n    }\n  }\n": types.PostingList_PostingFragmentDoc,
    "\n  mutation ClosePostingMutation($id: ID!) {\n    closePosting(id: $id) {\n      posting {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n": types.ClosePostingMutationDocument,
    "\n  mutation ResubmitPostingMutation($id: ID!) {\n    resubmitPosting(id: $id) {\n      posting {\n        id\n        status\n        rejectionReason\n        updatedAt\n      }\n    }\n  }\n": types.ResubmitPostingMutationDocument,
    "\n  query RenewPlansQuery {\n    plans {\n      id\n      slug\n      name\n      durationDays\n      price {\n        amount\n        currency\n      }\n    }\n  }\n": types.RenewPlansQueryDocument,
    "\n  mutation RenewPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n        updatedAt\n        orders {\n          id\n          invoiceNumber\n          status\n        }\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.RenewPostingMutationDocument,
    "\n  query CompanyTeamQuery {\n    myCompanyTeam {\n      canInvite\n      members {\n        id\n        email\n        isYou\n      }\n      invitations {\n        id\n        email\n        invitedBy\n        expiresAt\n      }\n    }\n  }\n": types.CompanyTeamQueryDocument,
    "\n  mutation InviteColleagueMutation($email: String!) {\n    inviteColleague(email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteColleagueMutationDocument,
    "\n  mutation RevokeCompanyInvitationMutation($id: ID!) {\n    revokeCompanyInvitation(id: $id) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.RevokeCompanyInvitationMutationDocument,
    "\n  fragment GlossaryHighlights_terms on GlossaryTermConnection {\n    edges {\n      node {\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n": types.GlossaryHighlights_TermsFragmentDoc,
    "\n  fragment GlossaryLetterNav_letter on GlossaryLetter {\n    letter\n    count\n  }\n": types.GlossaryLetterNav_LetterFragmentDoc,
    "\n  fragment GlossaryTermBody_term on GlossaryTerm {\n    id\n    term\n    body\n    howItWorks\n    careerRelevance\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n": types.GlossaryTermBody_TermFragmentDoc,
    "\n  fragment GlossaryTermCard_term on GlossaryTerm {\n    id\n    slug\n    url\n    term\n    shortDefinition\n  }\n": types.GlossaryTermCard_TermFragmentDoc,
    "\n  fragment GlossaryTermFaqs_term on GlossaryTerm {\n    id\n    faqs {\n      question\n      answer\n    }\n  }\n": types.GlossaryTermFaqs_TermFragmentDoc,
    "\n  fragment GlossaryTermHeader_term on GlossaryTerm {\n    id\n    term\n    shortDefinition\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n": types.GlossaryTermHeader_TermFragmentDoc,
    "\n  fragment GlossaryTermList_terms on GlossaryTermConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        id\n        term\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n": types.GlossaryTermList_TermsFragmentDoc,
    "\n  fragment RelatedTerms_term on GlossaryTerm {\n    id\n    relatedTerms {\n      ...GlossaryTermCard_term\n    }\n  }\n": types.RelatedTerms_TermFragmentDoc,
    "\n  fragment TermRelatedJobs_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n    jobs(first: 5) {\n      edges {\n        node {\n          ...JobCard_job\n        }\n      }\n    }\n  }\n": types.TermRelatedJobs_CategoryFragmentDoc,
    "\n  fragment ActiveFilters_facets on JobFacets {\n    categories {\n      value\n      label\n    }\n    locations {\n      value\n      label\n    }\n    companies {\n      value\n      label\n    }\n  }\n": types.ActiveFilters_FacetsFragmentDoc,
    "\n  fragment ApplyButton_job on Job {\n    id\n    applyLink\n  }\n": types.ApplyButton_JobFragmentDoc,
    "\n  fragment CategoryTiles_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n  }\n": types.CategoryTiles_CategoryFragmentDoc,
    "\n  fragment CityPills_location on Location {\n    id\n    slug\n    city\n    jobCount\n  }\n": types.CityPills_LocationFragmentDoc,
    "\n  fragment FeaturedJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": types.FeaturedJobs_JobsFragmentDoc,
    "\n  fragment JobCard_job on Job {\n    id\n    slug\n    url\n    title\n    featured\n    highlighted\n    postedAt\n    remote\n    seniority\n    employmentType\n    category {\n      id\n      slug\n      name\n    }\n    company {\n      id\n      slug\n      name\n      logoUrl\n    }\n    locations {\n      id\n      city\n      country\n      slug\n    }\n    salary {\n      min\n      max\n      currency\n      period\n    }\n  }\n": types.JobCard_JobFragmentDoc,
    "\n  fragment JobDescription_job on Job {\n    id\n    descriptionHtml\n  }\n": types.JobDescription_JobFragmentDoc,
    "\n  fragment JobDetailHeader_job on Job {\n    id\n    title\n    company {\n      id\n      slug\n      url\n      name\n      logoUrl128: logoUrl(size: 128)\n      verified\n    }\n  }\n": types.JobDetailHeader_JobFragmentDoc,
    "\n  fragment JobFacts_job on Job {\n    id\n    remote\n    seniority\n    employmentType\n    postedAt\n    validThrough\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    category {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n  }\n": types.JobFacts_JobFragmentDoc,
    "\n  fragment JobFilters_facets on JobFacets {\n    total\n    categories {\n      value\n      label\n      count\n    }\n    seniorities {\n      value\n      count\n    }\n    employmentTypes {\n      value\n      count\n    }\n    remote {\n      value\n      count\n    }\n    locations {\n      value\n      label\n      count\n    }\n    companies {\n      value\n      label\n      count\n    }\n    tags {\n      value\n      label\n      count\n    }\n  }\n": types.JobFilters_FacetsFragmentDoc,
    "\n  fragment JobGlossaryTerms_job on Job {\n    id\n    glossaryTerms {\n      id\n      slug\n      url\n      term\n      shortDefinition\n    }\n  }\n": types.JobGlossaryTerms_JobFragmentDoc,
    "\n  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {\n    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      ...PagedJobList_jobs\n    }\n  }\n": types.JobSearchQueryDocument,
    "\n  query JobSearchFacetsQuery($filter: JobFilter) {\n    jobFacets(filter: $filter) {\n      ...JobFilters_facets\n      ...ActiveFilters_facets\n    }\n  }\n": types.JobSearchFacetsQueryDocument,
    "\n  fragment JobTags_job on Job {\n    id\n    tags\n  }\n": types.JobTags_JobFragmentDoc,
    "\n  fragment LatestJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": types.LatestJobs_JobsFragmentDoc,
    "\n  fragment PagedJobList_jobs on JobConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n": types.PagedJobList_JobsFragmentDoc,
    "\n  fragment SimilarJobs_job on Job {\n    id\n    similarJobs(first: 5) {\n      ...JobCard_job\n    }\n  }\n": types.SimilarJobs_JobFragmentDoc,
    "\n  fragment JobDocumentMeta_job on Job {\n    id\n    title\n    isLive\n    seniority\n    remote\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    company {\n      id\n      name\n    }\n  }\n": types.JobDocumentMeta_JobFragmentDoc,
    "\n  fragment PlanCard_plan on Plan {\n    id\n    slug\n    name\n    description\n    price {\n      amount\n      currency\n    }\n    durationDays\n    featuredDays\n    highlighted\n    inDigestTop\n  }\n": types.PlanCard_PlanFragmentDoc,
    "\n  fragment SalaryStatsFields on SalaryStats {\n    currency\n    median\n    p25\n    p75\n    period\n    sampleSize\n  }\n": types.SalaryStatsFieldsFragmentDoc,
    "\n  query AccountRouteQuery {\n    viewer {\n      id\n      email\n      ...AccountSummary_viewer\n      ...AlertList_viewer\n      ...SessionList_viewer\n    }\n  }\n": types.AccountRouteQueryDocument,
    "\n  query AlertsRouteQuery {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n    ...AlertCriteriaFields_options\n  }\n": types.AlertsRouteQueryDocument,
    "\n  mutation CreateAlertMutation($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      alert {\n        id\n        status\n        ...AlertConfirmation_alert\n      }\n    }\n  }\n": types.CreateAlertMutationDocument,
    "\n  query ArticleRouteQuery($slug: String!) {\n    article(slug: $slug) {\n      id\n      url\n      title\n      summary\n      section\n      bodyHtml\n      publishedAt\n      updatedAt\n      readingTimeMinutes\n      tags\n      coverImage {\n        url\n        alt\n      }\n      author {\n        name\n        bio\n        url\n      }\n      categories {\n        id\n        slug\n        name\n      }\n      ...SalaryGuideFigures_article\n      jobs(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            ...JobCard_job\n          }\n        }\n      }\n      relatedArticles(first: 3) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n": types.ArticleRouteQueryDocument,
    "\n  query ArticleSectionRouteQuery($section: ArticleSection!, $tag: String, $first: Int, $after: String) {\n    articles(first: $first, after: $after, filter: { section: $section, tag: $tag }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ArticleCard_article\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n": types.ArticleSectionRouteQueryDocument,
    "\n  query AuthorRouteQuery($slug: String!) {\n    articleAuthor(slug: $slug) {\n      name\n      bio\n      articles(first: 20) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n": types.AuthorRouteQueryDocument,
    "\n  query CategoryJobsRouteQuery($slug: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n": types.CategoryJobsRouteQueryDocument,
    "\n  query CityJobsRouteQuery($slug: String!) {\n    location(slug: $slug) {\n      id\n      slug\n      city\n      region\n      country\n      jobCount\n    }\n  }\n": types.CityJobsRouteQueryDocument,
    "\n  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      ...CompanyGrid_companies\n    }\n  }\n": types.CompaniesRouteQueryDocument,
    "\n  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {\n    company(slug: $slug) {\n      id\n      name\n      description\n      openJobsCount\n      ...CompanyProfile_company\n      jobs(first: $first, after: $after) {\n        ...PagedJobList_jobs\n      }\n    }\n  }\n": types.CompanyRouteQueryDocument,
    "\n  query ConfirmAlertRouteQuery {\n    viewer {\n      id\n      email\n    }\n  }\n": types.ConfirmAlertRouteQueryDocument,
    "\n  mutation ConfirmAlertMutation($input: AlertTokenInput!) {\n    confirmAlert(input: $input) {\n      alert {\n        id\n        email\n        status\n        summary\n        ...AlertIsOn_alert\n      }\n    }\n  }\n": types.ConfirmAlertMutationDocument,
    "\n  mutation ConfirmEmailChangeMutation($input: TokenInput!) {\n    confirmEmailChange(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ConfirmEmailChangeMutationDocument,
    "\n  query EmployerDashboardQuery {\n    myCompany {\n      id\n      slug\n      name\n      verified\n      logoUrl(size: 144)\n    }\n    myPostings(first: 50) {\n      id\n      status\n      stats {\n        views\n        applyClicks\n        daily {\n          day\n          views\n          applyClicks\n        }\n      }\n      ...PostingList_posting\n    }\n    myOrders(first: 50) {\n      id\n      ...OrderList_order\n    }\n    myBillingDetails {\n      legalName\n    }\n  }\n": types.EmployerDashboardQueryDocument,
    "\n  query CompanyInvitationQuery($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      email\n      expiresAt\n    }\n  }\n": types.CompanyInvitationQueryDocument,
    "\n  mutation AcceptCompanyInvitationMutation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      company {\n        id\n        name\n        slug\n        verified\n      }\n    }\n  }\n": types.AcceptCompanyInvitationMutationDocument,
    "\n  mutation RequestPasswordResetMutation($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n": types.RequestPasswordResetMutationDocument,
    "\n  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      ...GlossaryTermList_terms\n    }\n  }\n": types.GlossaryRouteQueryDocument,
    "\n  query GlossaryLettersQuery {\n    glossaryLetters {\n      ...GlossaryLetterNav_letter\n    }\n  }\n": types.GlossaryLettersQueryDocument,
    "\n  query GlossaryTermRouteQuery($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      id\n      term\n      shortDefinition\n      ...GlossaryTermHeader_term\n      ...GlossaryTermBody_term\n      ...GlossaryTermFaqs_term\n      ...RelatedTerms_term\n      relatedCategory {\n        id\n        ...TermRelatedJobs_category\n      }\n    }\n  }\n": types.GlossaryTermRouteQueryDocument,
    "\n  query HomeRouteQuery {\n    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {\n      ...FeaturedJobs_jobs\n    }\n    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {\n      totalCount\n      ...LatestJobs_jobs\n    }\n    jobCategories {\n      ...CategoryTiles_category\n    }\n    locations {\n      ...CityPills_location\n    }\n    glossaryTerms(first: 6) {\n      ...GlossaryHighlights_terms\n    }\n  }\n": types.HomeRouteQueryDocument,
    "\n  query InvoiceRouteQuery($number: String!) {\n    invoice(number: $number) {\n      number\n      ...InvoiceDocument_invoice\n    }\n  }\n": types.InvoiceRouteQueryDocument,
    "\n  query JobCategoriesRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n": types.JobCategoriesRouteQueryDocument,
    "\n  query JobDetailRouteQuery($slug: String!) {\n    job(slug: $slug, includeEnded: true) {\n      id\n      title\n      isLive\n      category {\n        id\n        slug\n        name\n      }\n      company {\n        id\n        ...CompanyCard_company\n      }\n      ...JobDocumentMeta_job\n      ...JobDetailHeader_job\n      ...JobFacts_job\n      ...ApplyButton_job\n      ...JobDescription_job\n      ...JobTags_job\n      ...JobGlossaryTerms_job\n      ...SimilarJobs_job\n    }\n  }\n": types.JobDetailRouteQueryDocument,
    "\n  query ManageAlertRouteQuery($token: String!, $byToken: Boolean!) {\n    alertByToken(token: $token) @include(if: $byToken) {\n      id\n      ...AlertManager_alert\n    }\n    viewer @skip(if: $byToken) {\n      id\n      alerts {\n        id\n        ...AlertManager_alert\n      }\n    }\n    ...AlertCriteriaFields_options\n  }\n": types.ManageAlertRouteQueryDocument,
    "\n  query PricingRouteQuery {\n    plans {\n      id\n      slug\n      ...PlanCard_plan\n    }\n  }\n": types.PricingRouteQueryDocument,
    "\n  mutation ResetPasswordMutation($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ResetPasswordMutationDocument,
    "\n  query SalariesRouteQuery($currency: String!) {\n    overall: salaryStats(currency: $currency) {\n      ...SalaryStatsFields\n    }\n    byCategory: salaryBreakdown(by: CATEGORY, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byCity: salaryBreakdown(by: LOCATION, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n": types.SalariesRouteQueryDocument,
    "\n  query SalaryCategoryRouteQuery($slug: String!, $categories: [String!]!, $currency: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n    overall: salaryStats(filter: { categories: $categories }, currency: $currency) {\n      ...SalaryStatsFields\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byRemote: salaryBreakdown(by: REMOTE, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n": types.SalaryCategoryRouteQueryDocument,
    "\n  mutation SignInMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.SignInMutationDocument,
    "\n  mutation SignUpMutation($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": types.SignUpMutationDocument,
    "\n  query SitemapRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n": types.SitemapRouteQueryDocument,
    "\n  query UnsubscribeAlertRouteQuery($token: String!) {\n    alertByToken(token: $token) {\n      id\n      ...AlertUnsubscribe_alert\n    }\n  }\n": types.UnsubscribeAlertRouteQueryDocument,
    "\n  mutation VerifyEmailMutation($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      viewer {\n        id\n        email\n        role\n        emailVerified\n      }\n    }\n  }\n": types.VerifyEmailMutationDocument,
    "\n  fragment LoadMore_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.LoadMore_PageInfoFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSummary_viewer on User {\n    id\n    email\n    emailVerified\n    role\n    createdAt\n    company {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment AccountSummary_viewer on User {\n    id\n    email\n    emailVerified\n    role\n    createdAt\n    company {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmailMutation($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmailMutation($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      ...SessionList_viewer\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      ...SessionList_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionList_viewer on User {\n    id\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment SessionList_viewer on User {\n    id\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessionMutation($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSessionMutation($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhereMutation {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query SignedInViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query ViewerQuery {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleEditorOptionsQuery {\n    articleAuthors {\n      slug\n      name\n    }\n    jobCategories {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ArticleEditorOptionsQuery {\n    articleAuthors {\n      slug\n      name\n    }\n    jobCategories {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminArticleQuery($id: ID!) {\n    adminArticle(id: $id) {\n      id\n      slug\n      url\n      section\n      status\n      title\n      summary\n      body\n      tags\n      publishedAt\n      author {\n        slug\n      }\n      categories {\n        slug\n      }\n      salaryCategory {\n        slug\n      }\n      salarySeniority\n      coverImage {\n        url\n        alt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminArticleQuery($id: ID!) {\n    adminArticle(id: $id) {\n      id\n      slug\n      url\n      section\n      status\n      title\n      summary\n      body\n      tags\n      publishedAt\n      author {\n        slug\n      }\n      categories {\n        slug\n      }\n      salaryCategory {\n        slug\n      }\n      salarySeniority\n      coverImage {\n        url\n        alt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePreviewQuery($input: ArticlePreviewInput!) {\n    articlePreview(input: $input) {\n      html\n      readingTimeMinutes\n    }\n  }\n"): (typeof documents)["\n  query ArticlePreviewQuery($input: ArticlePreviewInput!) {\n    articlePreview(input: $input) {\n      html\n      readingTimeMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleEditor_saved on Article {\n    id\n    url\n    status\n    publishedAt\n    title\n  }\n"): (typeof documents)["\n  fragment ArticleEditor_saved on Article {\n    id\n    url\n    status\n    publishedAt\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticleMutation($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticleMutation($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticleMutation($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticleMutation($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticleMutation($id: ID!) {\n    publishArticle(id: $id) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticleMutation($id: ID!) {\n    publishArticle(id: $id) {\n      article {\n        ...ArticleEditor_saved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminArticlesQuery($filter: AllArticlesFilter, $first: Int, $after: String) {\n    allArticles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          url\n          section\n          status\n          publishedAt\n          updatedAt\n          author {\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminArticlesQuery($filter: AllArticlesFilter, $first: Int, $after: String) {\n    allArticles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          url\n          section\n          status\n          publishedAt\n          updatedAt\n          author {\n            name\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuthorsQuery {\n    articleAuthors {\n      slug\n      name\n      bio\n      url\n    }\n  }\n"): (typeof documents)["\n  query AdminAuthorsQuery {\n    articleAuthors {\n      slug\n      name\n      bio\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticleAuthorMutation($input: ArticleAuthorInput!) {\n    createArticleAuthor(input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticleAuthorMutation($input: ArticleAuthorInput!) {\n    createArticleAuthor(input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticleAuthorMutation($slug: String!, $input: ArticleAuthorInput!) {\n    updateArticleAuthor(slug: $slug, input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticleAuthorMutation($slug: String!, $input: ArticleAuthorInput!) {\n    updateArticleAuthor(slug: $slug, input: $input) {\n      author {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingCompanyClaimsQuery {\n    companyClaims(status: PENDING, first: 50) {\n      id\n      message\n      email\n      emailDomain\n      websiteDomain\n      domainMatches\n      createdAt\n      company {\n        id\n        name\n        slug\n        website\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingCompanyClaimsQuery {\n    companyClaims(status: PENDING, first: 50) {\n      id\n      message\n      email\n      emailDomain\n      websiteDomain\n      domainMatches\n      createdAt\n      company {\n        id\n        name\n        slug\n        website\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCompanyClaimMutation($id: ID!) {\n    approveCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCompanyClaimMutation($id: ID!) {\n    approveCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCompanyClaimMutation($id: ID!, $reason: String!) {\n    rejectCompanyClaim(id: $id, reason: $reason) {\n      claim {\n        id\n        status\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCompanyClaimMutation($id: ID!, $reason: String!) {\n    rejectCompanyClaim(id: $id, reason: $reason) {\n      claim {\n        id\n        status\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCompaniesQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          website\n          verified\n          openJobsCount\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCompaniesQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          website\n          verified\n          openJobsCount\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyVerifiedMutation($id: ID!, $verified: Boolean!) {\n    verifyCompany(id: $id, verified: $verified) {\n      company {\n        id\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyVerifiedMutation($id: ID!, $verified: Boolean!) {\n    verifyCompany(id: $id, verified: $verified) {\n      company {\n        id\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanMutation($input: PlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanMutation($input: PlanInput!) {\n    createPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlansQuery {\n    allPlans {\n      id\n      slug\n      name\n      description\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n      highlighted\n      inDigestTop\n      position\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminPlansQuery {\n    allPlans {\n      id\n      slug\n      name\n      description\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n      highlighted\n      inDigestTop\n      position\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanActiveMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanActiveMutation($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      plan {\n        id\n        name\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPostingsQuery {\n    reviewQueue(first: 20) {\n      id\n      title\n      status\n      updatedAt\n      descriptionHtml\n      company {\n        id\n        name\n        verified\n      }\n      orders {\n        id\n        invoiceNumber\n        planName\n        status\n      }\n    }\n    unpaidOrders {\n      id\n      invoiceNumber\n      jobTitle\n      planName\n      createdAt\n      price {\n        amount\n        currency\n      }\n      jobId\n    }\n  }\n"): (typeof documents)["\n  query AdminPostingsQuery {\n    reviewQueue(first: 20) {\n      id\n      title\n      status\n      updatedAt\n      descriptionHtml\n      company {\n        id\n        name\n        verified\n      }\n      orders {\n        id\n        invoiceNumber\n        planName\n        status\n      }\n    }\n    unpaidOrders {\n      id\n      invoiceNumber\n      jobTitle\n      planName\n      createdAt\n      price {\n        amount\n        currency\n      }\n      jobId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOrderPaidMutation($id: ID!) {\n    markOrderPaid(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOrderPaidMutation($id: ID!) {\n    markOrderPaid(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePostingMutation($id: ID!) {\n    approvePosting(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePostingMutation($id: ID!) {\n    approvePosting(id: $id) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPostingMutation($id: ID!, $reason: String!) {\n    rejectPosting(id: $id, reason: $reason) {\n      posting {\n        id\n        status\n        rejectionReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPostingMutation($id: ID!, $reason: String!) {\n    rejectPosting(id: $id, reason: $reason) {\n      posting {\n        id\n        status\n        rejectionReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertConfirmation_alert on Alert {\n    id\n    email\n    status\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertIsOn_alert\n  }\n"): (typeof documents)["\n  fragment AlertConfirmation_alert on Alert {\n    id\n    email\n    status\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertIsOn_alert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertCriteriaFields_options on Query {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment AlertCriteriaFields_options on Query {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAlertMutation($input: AlertRefInput!) {\n    deleteAlert(input: $input) {\n      deletedAlertId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAlertMutation($input: AlertRefInput!) {\n    deleteAlert(input: $input) {\n      deletedAlertId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertMutation($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      alert {\n        id\n        ...AlertManager_alert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlertMutation($input: UpdateAlertInput!) {\n    updateAlert(input: $input) {\n      alert {\n        id\n        ...AlertManager_alert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertIsOn_alert on Alert {\n    id\n    email\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n  }\n"): (typeof documents)["\n  fragment AlertIsOn_alert on Alert {\n    id\n    email\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertList_viewer on User {\n    id\n    email\n    alerts {\n      id\n      email\n      summary\n      status\n      frequency\n      sendHour\n      sendWeekday\n      timeZone\n      lastSentAt\n      ...AlertPauseButton_alert\n    }\n  }\n"): (typeof documents)["\n  fragment AlertList_viewer on User {\n    id\n    email\n    alerts {\n      id\n      email\n      summary\n      status\n      frequency\n      sendHour\n      sendWeekday\n      timeZone\n      lastSentAt\n      ...AlertPauseButton_alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertManager_alert on Alert {\n    id\n    email\n    status\n    pausedReason\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    lastSentAt\n    createdAt\n    criteria {\n      query\n      categories\n      seniorities\n      employmentTypes\n      remote\n      locations\n      companies\n      tags\n      salaryMin\n      salaryCurrency\n    }\n    ...AlertPauseButton_alert\n  }\n"): (typeof documents)["\n  fragment AlertManager_alert on Alert {\n    id\n    email\n    status\n    pausedReason\n    summary\n    searchUrl\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    lastSentAt\n    createdAt\n    criteria {\n      query\n      categories\n      seniorities\n      employmentTypes\n      remote\n      locations\n      companies\n      tags\n      salaryMin\n      salaryCurrency\n    }\n    ...AlertPauseButton_alert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertPauseButton_alert on Alert {\n    id\n    status\n    summary\n  }\n"): (typeof documents)["\n  fragment AlertPauseButton_alert on Alert {\n    id\n    status\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseAlertMutation($input: AlertRefInput!) {\n    pauseAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PauseAlertMutation($input: AlertRefInput!) {\n    pauseAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAlertMutation($input: AlertRefInput!) {\n    resumeAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeAlertMutation($input: AlertRefInput!) {\n    resumeAlert(input: $input) {\n      alert {\n        id\n        status\n        pausedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertUnsubscribe_alert on Alert {\n    id\n    email\n    status\n    summary\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertPauseButton_alert\n  }\n"): (typeof documents)["\n  fragment AlertUnsubscribe_alert on Alert {\n    id\n    email\n    status\n    summary\n    frequency\n    sendHour\n    sendWeekday\n    timeZone\n    ...AlertPauseButton_alert\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeAlertMutation($input: AlertTokenInput!) {\n    unsubscribeAlert(input: $input) {\n      alert {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeAlertMutation($input: AlertTokenInput!) {\n    unsubscribeAlert(input: $input) {\n      alert {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCard_article on Article {\n    id\n    url\n    title\n    summary\n    section\n    publishedAt\n    readingTimeMinutes\n    author {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCard_article on Article {\n    id\n    url\n    title\n    summary\n    section\n    publishedAt\n    readingTimeMinutes\n    author {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalaryGuideFigures_article on Article {\n    id\n    categories {\n      id\n      name\n    }\n    salaryStats {\n      sampleSize\n      currency\n      p25\n      median\n      p75\n    }\n  }\n"): (typeof documents)["\n  fragment SalaryGuideFigures_article on Article {\n    id\n    categories {\n      id\n      name\n    }\n    salaryStats {\n      sampleSize\n      currency\n      p25\n      median\n      p75\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyCard_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl96: logoUrl(size: 96)\n    description\n    headquarters\n    size\n    website\n    openJobsCount\n  }\n"): (typeof documents)["\n  fragment CompanyCard_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl96: logoUrl(size: 96)\n    description\n    headquarters\n    size\n    website\n    openJobsCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyGrid_companies on CompanyConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...CompanyTile_company\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyGrid_companies on CompanyConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...CompanyTile_company\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyProfile_company on Company {\n    id\n    name\n    logoUrl144: logoUrl(size: 144)\n    descriptionHtml\n    headquarters\n    size\n    website\n    verified\n  }\n"): (typeof documents)["\n  fragment CompanyProfile_company on Company {\n    id\n    name\n    logoUrl144: logoUrl(size: 144)\n    descriptionHtml\n    headquarters\n    size\n    website\n    verified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyTile_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl\n    headquarters\n    size\n    verified\n    openJobsCount\n    description\n  }\n"): (typeof documents)["\n  fragment CompanyTile_company on Company {\n    id\n    slug\n    url\n    name\n    logoUrl\n    headquarters\n    size\n    verified\n    openJobsCount\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendContactMessageMutation($input: ContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SendContactMessageMutation($input: ContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompanyClaimQuery {\n    myCompanyClaim {\n      id\n      status\n      message\n      reason\n      createdAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCompanyClaimQuery {\n    myCompanyClaim {\n      id\n      status\n      message\n      reason\n      createdAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCompanyClaimMutation($id: ID!) {\n    withdrawCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCompanyClaimMutation($id: ID!) {\n    withdrawCompanyClaim(id: $id) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompanyMutation($input: CompanyProfileInput!) {\n    createCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompanyMutation($input: CompanyProfileInput!) {\n    createCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyMutation($input: CompanyProfileInput!) {\n    updateCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n        website\n        headquarters\n        size\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanyMutation($input: CompanyProfileInput!) {\n    updateCompany(input: $input) {\n      company {\n        id\n        slug\n        name\n        website\n        headquarters\n        size\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProfileSectionQuery {\n    myCompany {\n      id\n      name\n      website\n      headquarters\n      size\n      description\n    }\n    myBillingDetails {\n      legalName\n      addressLines\n      country\n      taxId\n      email\n    }\n  }\n"): (typeof documents)["\n  query CompanyProfileSectionQuery {\n    myCompany {\n      id\n      name\n      website\n      headquarters\n      size\n      description\n    }\n    myBillingDetails {\n      legalName\n      addressLines\n      country\n      taxId\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatePostingMutation($id: ID!) {\n    duplicatePosting(id: $id) {\n      posting {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatePostingMutation($id: ID!) {\n    duplicatePosting(id: $id) {\n      posting {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDocument_invoice on Invoice {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    seller {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    buyer {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    line {\n      planName\n      jobTitle\n      durationDays\n      featuredDays\n      amount {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    payment {\n      method\n      lines\n      payUrl\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDocument_invoice on Invoice {\n    number\n    status\n    issuedAt\n    dueAt\n    paidAt\n    seller {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    buyer {\n      name\n      addressLines\n      country\n      taxId\n      email\n    }\n    line {\n      planName\n      jobTitle\n      durationDays\n      featuredDays\n      amount {\n        amount\n        currency\n      }\n    }\n    total {\n      amount\n      currency\n    }\n    payment {\n      method\n      lines\n      payUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinCompanySearchQuery($query: String!, $first: Int!) {\n    companies(first: $first, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          website\n          headquarters\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinCompanySearchQuery($query: String!, $first: Int!) {\n    companies(first: $first, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          website\n          headquarters\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCompanyClaimMutation($input: RequestCompanyClaimInput!) {\n    requestCompanyClaim(input: $input) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCompanyClaimMutation($input: RequestCompanyClaimInput!) {\n    requestCompanyClaim(input: $input) {\n      claim {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderList_order on Order {\n    id\n    invoiceNumber\n    status\n    planName\n    jobTitle\n    createdAt\n    dueAt\n    paidAt\n    price {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment OrderList_order on Order {\n    id\n    invoiceNumber\n    status\n    planName\n    jobTitle\n    createdAt\n    dueAt\n    paidAt\n    price {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingFormOptionsQuery {\n    myCompany {\n      id\n      slug\n      name\n      logoUrl\n      verified\n    }\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n    plans {\n      id\n      slug\n      name\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n    }\n  }\n"): (typeof documents)["\n  query PostingFormOptionsQuery {\n    myCompany {\n      id\n      slug\n      name\n      logoUrl\n      verified\n    }\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n    plans {\n      id\n      slug\n      name\n      price {\n        amount\n        currency\n      }\n      durationDays\n      featuredDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingToEditQuery($id: ID!) {\n    myPosting(id: $id) {\n      id\n      status\n      fields {\n        title\n        category\n        seniority\n        employmentType\n        remote\n        locations\n        salary {\n          min\n          max\n          currency\n          period\n        }\n        tags\n        applyUrl\n        description\n        validThrough\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingToEditQuery($id: ID!) {\n    myPosting(id: $id) {\n      id\n      status\n      fields {\n        title\n        category\n        seniority\n        employmentType\n        remote\n        locations\n        salary {\n          min\n          max\n          currency\n          period\n        }\n        tags\n        applyUrl\n        description\n        validThrough\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DescriptionPreviewQuery($input: DescriptionPreviewInput!) {\n    descriptionPreview(input: $input)\n  }\n"): (typeof documents)["\n  query DescriptionPreviewQuery($input: DescriptionPreviewInput!) {\n    descriptionPreview(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePostingMutation($id: ID, $input: PostingInput!) {\n    savePosting(id: $id, input: $input) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SavePostingMutation($id: ID, $input: PostingInput!) {\n    savePosting(id: $id, input: $input) {\n      posting {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingList_posting on Posting {\n    id\n    slug\n    title\n    status\n    rejectionReason\n    updatedAt\n    validThrough\n    stats {\n      views\n      applyClicks\n      daily {\n        day\n        views\n        applyClicks\n      }\n    }\n    orders {\n      id\n      invoiceNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment PostingList_posting on Posting {\n    id\n    slug\n    title\n    status\n    rejectionReason\n    updatedAt\n    validThrough\n    stats {\n      views\n      applyClicks\n      daily {\n        day\n        views\n        applyClicks\n      }\n    }\n    orders {\n      id\n      invoiceNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePostingMutation($id: ID!) {\n    closePosting(id: $id) {\n      posting {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePostingMutation($id: ID!) {\n    closePosting(id: $id) {\n      posting {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitPostingMutation($id: ID!) {\n    resubmitPosting(id: $id) {\n      posting {\n        id\n        status\n        rejectionReason\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitPostingMutation($id: ID!) {\n    resubmitPosting(id: $id) {\n      posting {\n        id\n        status\n        rejectionReason\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewPlansQuery {\n    plans {\n      id\n      slug\n      name\n      durationDays\n      price {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewPlansQuery {\n    plans {\n      id\n      slug\n      name\n      durationDays\n      price {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n        updatedAt\n        orders {\n          id\n          invoiceNumber\n          status\n        }\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenewPostingMutation($id: ID!, $plan: String!) {\n    submitPosting(id: $id, plan: $plan) {\n      posting {\n        id\n        status\n        updatedAt\n        orders {\n          id\n          invoiceNumber\n          status\n        }\n      }\n      order {\n        id\n        invoiceNumber\n        planName\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyTeamQuery {\n    myCompanyTeam {\n      canInvite\n      members {\n        id\n        email\n        isYou\n      }\n      invitations {\n        id\n        email\n        invitedBy\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyTeamQuery {\n    myCompanyTeam {\n      canInvite\n      members {\n        id\n        email\n        isYou\n      }\n      invitations {\n        id\n        email\n        invitedBy\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteColleagueMutation($email: String!) {\n    inviteColleague(email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteColleagueMutation($email: String!) {\n    inviteColleague(email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCompanyInvitationMutation($id: ID!) {\n    revokeCompanyInvitation(id: $id) {\n      invitation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCompanyInvitationMutation($id: ID!) {\n    revokeCompanyInvitation(id: $id) {\n      invitation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryHighlights_terms on GlossaryTermConnection {\n    edges {\n      node {\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryHighlights_terms on GlossaryTermConnection {\n    edges {\n      node {\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryLetterNav_letter on GlossaryLetter {\n    letter\n    count\n  }\n"): (typeof documents)["\n  fragment GlossaryLetterNav_letter on GlossaryLetter {\n    letter\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermBody_term on GlossaryTerm {\n    id\n    term\n    body\n    howItWorks\n    careerRelevance\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermBody_term on GlossaryTerm {\n    id\n    term\n    body\n    howItWorks\n    careerRelevance\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermCard_term on GlossaryTerm {\n    id\n    slug\n    url\n    term\n    shortDefinition\n  }\n"): (typeof documents)["\n  fragment GlossaryTermCard_term on GlossaryTerm {\n    id\n    slug\n    url\n    term\n    shortDefinition\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermFaqs_term on GlossaryTerm {\n    id\n    faqs {\n      question\n      answer\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermFaqs_term on GlossaryTerm {\n    id\n    faqs {\n      question\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermHeader_term on GlossaryTerm {\n    id\n    term\n    shortDefinition\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermHeader_term on GlossaryTerm {\n    id\n    term\n    shortDefinition\n    relatedCategory {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermList_terms on GlossaryTermConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        id\n        term\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermList_terms on GlossaryTermConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        id\n        term\n        ...GlossaryTermCard_term\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedTerms_term on GlossaryTerm {\n    id\n    relatedTerms {\n      ...GlossaryTermCard_term\n    }\n  }\n"): (typeof documents)["\n  fragment RelatedTerms_term on GlossaryTerm {\n    id\n    relatedTerms {\n      ...GlossaryTermCard_term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermRelatedJobs_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n    jobs(first: 5) {\n      edges {\n        node {\n          ...JobCard_job\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TermRelatedJobs_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n    jobs(first: 5) {\n      edges {\n        node {\n          ...JobCard_job\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActiveFilters_facets on JobFacets {\n    categories {\n      value\n      label\n    }\n    locations {\n      value\n      label\n    }\n    companies {\n      value\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ActiveFilters_facets on JobFacets {\n    categories {\n      value\n      label\n    }\n    locations {\n      value\n      label\n    }\n    companies {\n      value\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplyButton_job on Job {\n    id\n    applyLink\n  }\n"): (typeof documents)["\n  fragment ApplyButton_job on Job {\n    id\n    applyLink\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryTiles_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n  }\n"): (typeof documents)["\n  fragment CategoryTiles_category on JobCategory {\n    id\n    slug\n    name\n    jobCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CityPills_location on Location {\n    id\n    slug\n    city\n    jobCount\n  }\n"): (typeof documents)["\n  fragment CityPills_location on Location {\n    id\n    slug\n    city\n    jobCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeaturedJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeaturedJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobCard_job on Job {\n    id\n    slug\n    url\n    title\n    featured\n    highlighted\n    postedAt\n    remote\n    seniority\n    employmentType\n    category {\n      id\n      slug\n      name\n    }\n    company {\n      id\n      slug\n      name\n      logoUrl\n    }\n    locations {\n      id\n      city\n      country\n      slug\n    }\n    salary {\n      min\n      max\n      currency\n      period\n    }\n  }\n"): (typeof documents)["\n  fragment JobCard_job on Job {\n    id\n    slug\n    url\n    title\n    featured\n    highlighted\n    postedAt\n    remote\n    seniority\n    employmentType\n    category {\n      id\n      slug\n      name\n    }\n    company {\n      id\n      slug\n      name\n      logoUrl\n    }\n    locations {\n      id\n      city\n      country\n      slug\n    }\n    salary {\n      min\n      max\n      currency\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobDescription_job on Job {\n    id\n    descriptionHtml\n  }\n"): (typeof documents)["\n  fragment JobDescription_job on Job {\n    id\n    descriptionHtml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobDetailHeader_job on Job {\n    id\n    title\n    company {\n      id\n      slug\n      url\n      name\n      logoUrl128: logoUrl(size: 128)\n      verified\n    }\n  }\n"): (typeof documents)["\n  fragment JobDetailHeader_job on Job {\n    id\n    title\n    company {\n      id\n      slug\n      url\n      name\n      logoUrl128: logoUrl(size: 128)\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFacts_job on Job {\n    id\n    remote\n    seniority\n    employmentType\n    postedAt\n    validThrough\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    category {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment JobFacts_job on Job {\n    id\n    remote\n    seniority\n    employmentType\n    postedAt\n    validThrough\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    category {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n      region\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFilters_facets on JobFacets {\n    total\n    categories {\n      value\n      label\n      count\n    }\n    seniorities {\n      value\n      count\n    }\n    employmentTypes {\n      value\n      count\n    }\n    remote {\n      value\n      count\n    }\n    locations {\n      value\n      label\n      count\n    }\n    companies {\n      value\n      label\n      count\n    }\n    tags {\n      value\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment JobFilters_facets on JobFacets {\n    total\n    categories {\n      value\n      label\n      count\n    }\n    seniorities {\n      value\n      count\n    }\n    employmentTypes {\n      value\n      count\n    }\n    remote {\n      value\n      count\n    }\n    locations {\n      value\n      label\n      count\n    }\n    companies {\n      value\n      label\n      count\n    }\n    tags {\n      value\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobGlossaryTerms_job on Job {\n    id\n    glossaryTerms {\n      id\n      slug\n      url\n      term\n      shortDefinition\n    }\n  }\n"): (typeof documents)["\n  fragment JobGlossaryTerms_job on Job {\n    id\n    glossaryTerms {\n      id\n      slug\n      url\n      term\n      shortDefinition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {\n    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      ...PagedJobList_jobs\n    }\n  }\n"): (typeof documents)["\n  query JobSearchQuery($filter: JobFilter, $orderBy: JobOrder, $first: Int!, $after: String) {\n    jobs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      ...PagedJobList_jobs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobSearchFacetsQuery($filter: JobFilter) {\n    jobFacets(filter: $filter) {\n      ...JobFilters_facets\n      ...ActiveFilters_facets\n    }\n  }\n"): (typeof documents)["\n  query JobSearchFacetsQuery($filter: JobFilter) {\n    jobFacets(filter: $filter) {\n      ...JobFilters_facets\n      ...ActiveFilters_facets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobTags_job on Job {\n    id\n    tags\n  }\n"): (typeof documents)["\n  fragment JobTags_job on Job {\n    id\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LatestJobs_jobs on JobConnection {\n    edges {\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PagedJobList_jobs on JobConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PagedJobList_jobs on JobConnection {\n    totalCount\n    pageInfo {\n      ...LoadMore_pageInfo\n    }\n    edges {\n      cursor\n      node {\n        ...JobCard_job\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimilarJobs_job on Job {\n    id\n    similarJobs(first: 5) {\n      ...JobCard_job\n    }\n  }\n"): (typeof documents)["\n  fragment SimilarJobs_job on Job {\n    id\n    similarJobs(first: 5) {\n      ...JobCard_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobDocumentMeta_job on Job {\n    id\n    title\n    isLive\n    seniority\n    remote\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    company {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment JobDocumentMeta_job on Job {\n    id\n    title\n    isLive\n    seniority\n    remote\n    salary {\n      min\n      max\n      currency\n      period\n    }\n    company {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard_plan on Plan {\n    id\n    slug\n    name\n    description\n    price {\n      amount\n      currency\n    }\n    durationDays\n    featuredDays\n    highlighted\n    inDigestTop\n  }\n"): (typeof documents)["\n  fragment PlanCard_plan on Plan {\n    id\n    slug\n    name\n    description\n    price {\n      amount\n      currency\n    }\n    durationDays\n    featuredDays\n    highlighted\n    inDigestTop\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalaryStatsFields on SalaryStats {\n    currency\n    median\n    p25\n    p75\n    period\n    sampleSize\n  }\n"): (typeof documents)["\n  fragment SalaryStatsFields on SalaryStats {\n    currency\n    median\n    p25\n    p75\n    period\n    sampleSize\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRouteQuery {\n    viewer {\n      id\n      email\n      ...AccountSummary_viewer\n      ...AlertList_viewer\n      ...SessionList_viewer\n    }\n  }\n"): (typeof documents)["\n  query AccountRouteQuery {\n    viewer {\n      id\n      email\n      ...AccountSummary_viewer\n      ...AlertList_viewer\n      ...SessionList_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsRouteQuery {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n    ...AlertCriteriaFields_options\n  }\n"): (typeof documents)["\n  query AlertsRouteQuery {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n    ...AlertCriteriaFields_options\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlertMutation($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      alert {\n        id\n        status\n        ...AlertConfirmation_alert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlertMutation($input: CreateAlertInput!) {\n    createAlert(input: $input) {\n      alert {\n        id\n        status\n        ...AlertConfirmation_alert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleRouteQuery($slug: String!) {\n    article(slug: $slug) {\n      id\n      url\n      title\n      summary\n      section\n      bodyHtml\n      publishedAt\n      updatedAt\n      readingTimeMinutes\n      tags\n      coverImage {\n        url\n        alt\n      }\n      author {\n        name\n        bio\n        url\n      }\n      categories {\n        id\n        slug\n        name\n      }\n      ...SalaryGuideFigures_article\n      jobs(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            ...JobCard_job\n          }\n        }\n      }\n      relatedArticles(first: 3) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleRouteQuery($slug: String!) {\n    article(slug: $slug) {\n      id\n      url\n      title\n      summary\n      section\n      bodyHtml\n      publishedAt\n      updatedAt\n      readingTimeMinutes\n      tags\n      coverImage {\n        url\n        alt\n      }\n      author {\n        name\n        bio\n        url\n      }\n      categories {\n        id\n        slug\n        name\n      }\n      ...SalaryGuideFigures_article\n      jobs(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            ...JobCard_job\n          }\n        }\n      }\n      relatedArticles(first: 3) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleSectionRouteQuery($section: ArticleSection!, $tag: String, $first: Int, $after: String) {\n    articles(first: $first, after: $after, filter: { section: $section, tag: $tag }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ArticleCard_article\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleSectionRouteQuery($section: ArticleSection!, $tag: String, $first: Int, $after: String) {\n    articles(first: $first, after: $after, filter: { section: $section, tag: $tag }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ArticleCard_article\n        }\n      }\n      pageInfo {\n        ...LoadMore_pageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorRouteQuery($slug: String!) {\n    articleAuthor(slug: $slug) {\n      name\n      bio\n      articles(first: 20) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorRouteQuery($slug: String!) {\n    articleAuthor(slug: $slug) {\n      name\n      bio\n      articles(first: 20) {\n        id\n        ...ArticleCard_article\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryJobsRouteQuery($slug: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n"): (typeof documents)["\n  query CategoryJobsRouteQuery($slug: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityJobsRouteQuery($slug: String!) {\n    location(slug: $slug) {\n      id\n      slug\n      city\n      region\n      country\n      jobCount\n    }\n  }\n"): (typeof documents)["\n  query CityJobsRouteQuery($slug: String!) {\n    location(slug: $slug) {\n      id\n      slug\n      city\n      region\n      country\n      jobCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      ...CompanyGrid_companies\n    }\n  }\n"): (typeof documents)["\n  query CompaniesRouteQuery($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      ...CompanyGrid_companies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {\n    company(slug: $slug) {\n      id\n      name\n      description\n      openJobsCount\n      ...CompanyProfile_company\n      jobs(first: $first, after: $after) {\n        ...PagedJobList_jobs\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyRouteQuery($slug: String!, $first: Int!, $after: String) {\n    company(slug: $slug) {\n      id\n      name\n      description\n      openJobsCount\n      ...CompanyProfile_company\n      jobs(first: $first, after: $after) {\n        ...PagedJobList_jobs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmAlertRouteQuery {\n    viewer {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query ConfirmAlertRouteQuery {\n    viewer {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAlertMutation($input: AlertTokenInput!) {\n    confirmAlert(input: $input) {\n      alert {\n        id\n        email\n        status\n        summary\n        ...AlertIsOn_alert\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAlertMutation($input: AlertTokenInput!) {\n    confirmAlert(input: $input) {\n      alert {\n        id\n        email\n        status\n        summary\n        ...AlertIsOn_alert\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChangeMutation($input: TokenInput!) {\n    confirmEmailChange(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChangeMutation($input: TokenInput!) {\n    confirmEmailChange(input: $input) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerDashboardQuery {\n    myCompany {\n      id\n      slug\n      name\n      verified\n      logoUrl(size: 144)\n    }\n    myPostings(first: 50) {\n      id\n      status\n      stats {\n        views\n        applyClicks\n        daily {\n          day\n          views\n          applyClicks\n        }\n      }\n      ...PostingList_posting\n    }\n    myOrders(first: 50) {\n      id\n      ...OrderList_order\n    }\n    myBillingDetails {\n      legalName\n    }\n  }\n"): (typeof documents)["\n  query EmployerDashboardQuery {\n    myCompany {\n      id\n      slug\n      name\n      verified\n      logoUrl(size: 144)\n    }\n    myPostings(first: 50) {\n      id\n      status\n      stats {\n        views\n        applyClicks\n        daily {\n          day\n          views\n          applyClicks\n        }\n      }\n      ...PostingList_posting\n    }\n    myOrders(first: 50) {\n      id\n      ...OrderList_order\n    }\n    myBillingDetails {\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyInvitationQuery($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyInvitationQuery($token: String!) {\n    companyInvitation(token: $token) {\n      companyName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCompanyInvitationMutation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      company {\n        id\n        name\n        slug\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCompanyInvitationMutation($token: String!) {\n    acceptCompanyInvitation(token: $token) {\n      company {\n        id\n        name\n        slug\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordResetMutation($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordResetMutation($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      ...GlossaryTermList_terms\n    }\n  }\n"): (typeof documents)["\n  query GlossaryRouteQuery($filter: GlossaryTermFilter, $first: Int!, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      ...GlossaryTermList_terms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryLettersQuery {\n    glossaryLetters {\n      ...GlossaryLetterNav_letter\n    }\n  }\n"): (typeof documents)["\n  query GlossaryLettersQuery {\n    glossaryLetters {\n      ...GlossaryLetterNav_letter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryTermRouteQuery($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      id\n      term\n      shortDefinition\n      ...GlossaryTermHeader_term\n      ...GlossaryTermBody_term\n      ...GlossaryTermFaqs_term\n      ...RelatedTerms_term\n      relatedCategory {\n        id\n        ...TermRelatedJobs_category\n      }\n    }\n  }\n"): (typeof documents)["\n  query GlossaryTermRouteQuery($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      id\n      term\n      shortDefinition\n      ...GlossaryTermHeader_term\n      ...GlossaryTermBody_term\n      ...GlossaryTermFaqs_term\n      ...RelatedTerms_term\n      relatedCategory {\n        id\n        ...TermRelatedJobs_category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeRouteQuery {\n    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {\n      ...FeaturedJobs_jobs\n    }\n    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {\n      totalCount\n      ...LatestJobs_jobs\n    }\n    jobCategories {\n      ...CategoryTiles_category\n    }\n    locations {\n      ...CityPills_location\n    }\n    glossaryTerms(first: 6) {\n      ...GlossaryHighlights_terms\n    }\n  }\n"): (typeof documents)["\n  query HomeRouteQuery {\n    featured: jobs(first: 4, filter: { featured: true }, orderBy: { field: POSTED_AT, direction: DESC }) {\n      ...FeaturedJobs_jobs\n    }\n    jobs(first: 8, orderBy: { field: POSTED_AT, direction: DESC }) {\n      totalCount\n      ...LatestJobs_jobs\n    }\n    jobCategories {\n      ...CategoryTiles_category\n    }\n    locations {\n      ...CityPills_location\n    }\n    glossaryTerms(first: 6) {\n      ...GlossaryHighlights_terms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceRouteQuery($number: String!) {\n    invoice(number: $number) {\n      number\n      ...InvoiceDocument_invoice\n    }\n  }\n"): (typeof documents)["\n  query InvoiceRouteQuery($number: String!) {\n    invoice(number: $number) {\n      number\n      ...InvoiceDocument_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCategoriesRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n"): (typeof documents)["\n  query JobCategoriesRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobDetailRouteQuery($slug: String!) {\n    job(slug: $slug, includeEnded: true) {\n      id\n      title\n      isLive\n      category {\n        id\n        slug\n        name\n      }\n      company {\n        id\n        ...CompanyCard_company\n      }\n      ...JobDocumentMeta_job\n      ...JobDetailHeader_job\n      ...JobFacts_job\n      ...ApplyButton_job\n      ...JobDescription_job\n      ...JobTags_job\n      ...JobGlossaryTerms_job\n      ...SimilarJobs_job\n    }\n  }\n"): (typeof documents)["\n  query JobDetailRouteQuery($slug: String!) {\n    job(slug: $slug, includeEnded: true) {\n      id\n      title\n      isLive\n      category {\n        id\n        slug\n        name\n      }\n      company {\n        id\n        ...CompanyCard_company\n      }\n      ...JobDocumentMeta_job\n      ...JobDetailHeader_job\n      ...JobFacts_job\n      ...ApplyButton_job\n      ...JobDescription_job\n      ...JobTags_job\n      ...JobGlossaryTerms_job\n      ...SimilarJobs_job\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageAlertRouteQuery($token: String!, $byToken: Boolean!) {\n    alertByToken(token: $token) @include(if: $byToken) {\n      id\n      ...AlertManager_alert\n    }\n    viewer @skip(if: $byToken) {\n      id\n      alerts {\n        id\n        ...AlertManager_alert\n      }\n    }\n    ...AlertCriteriaFields_options\n  }\n"): (typeof documents)["\n  query ManageAlertRouteQuery($token: String!, $byToken: Boolean!) {\n    alertByToken(token: $token) @include(if: $byToken) {\n      id\n      ...AlertManager_alert\n    }\n    viewer @skip(if: $byToken) {\n      id\n      alerts {\n        id\n        ...AlertManager_alert\n      }\n    }\n    ...AlertCriteriaFields_options\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingRouteQuery {\n    plans {\n      id\n      slug\n      ...PlanCard_plan\n    }\n  }\n"): (typeof documents)["\n  query PricingRouteQuery {\n    plans {\n      id\n      slug\n      ...PlanCard_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordMutation($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordMutation($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalariesRouteQuery($currency: String!) {\n    overall: salaryStats(currency: $currency) {\n      ...SalaryStatsFields\n    }\n    byCategory: salaryBreakdown(by: CATEGORY, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byCity: salaryBreakdown(by: LOCATION, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalariesRouteQuery($currency: String!) {\n    overall: salaryStats(currency: $currency) {\n      ...SalaryStatsFields\n    }\n    byCategory: salaryBreakdown(by: CATEGORY, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byCity: salaryBreakdown(by: LOCATION, currency: $currency) {\n      value\n      label\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalaryCategoryRouteQuery($slug: String!, $categories: [String!]!, $currency: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n    overall: salaryStats(filter: { categories: $categories }, currency: $currency) {\n      ...SalaryStatsFields\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byRemote: salaryBreakdown(by: REMOTE, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalaryCategoryRouteQuery($slug: String!, $categories: [String!]!, $currency: String!) {\n    jobCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      jobCount\n    }\n    overall: salaryStats(filter: { categories: $categories }, currency: $currency) {\n      ...SalaryStatsFields\n    }\n    bySeniority: salaryBreakdown(by: SENIORITY, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n    byRemote: salaryBreakdown(by: REMOTE, filter: { categories: $categories }, currency: $currency) {\n      value\n      stats {\n        ...SalaryStatsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpMutation($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpMutation($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n"): (typeof documents)["\n  query SitemapRouteQuery {\n    jobCategories {\n      id\n      slug\n      name\n    }\n    locations {\n      id\n      slug\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsubscribeAlertRouteQuery($token: String!) {\n    alertByToken(token: $token) {\n      id\n      ...AlertUnsubscribe_alert\n    }\n  }\n"): (typeof documents)["\n  query UnsubscribeAlertRouteQuery($token: String!) {\n    alertByToken(token: $token) {\n      id\n      ...AlertUnsubscribe_alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailMutation($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      viewer {\n        id\n        email\n        role\n        emailVerified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmailMutation($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      viewer {\n        id\n        email\n        role\n        emailVerified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoadMore_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment LoadMore_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;